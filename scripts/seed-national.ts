/**
 * `npm run seed:national`: fills a database with national-scale data and prints its timing.
 * Writes to DATABASE_URL when set, otherwise to a separate embedded database in
 * ./.data/national (so the demo data is left alone); `--data-dir DIR` chooses another one.
 * Refuses a database that already has partnerships.
 */
import fs from 'node:fs'
import path from 'node:path'
import { connect } from '../src/server/db/client'
import { seedNational } from '../prisma/seed/national'

const args = process.argv.slice(2)
const dirFlag = args.indexOf('--data-dir')
const pgliteDir = path.resolve(dirFlag >= 0 && args[dirFlag + 1] ? args[dirFlag + 1]! : '.data/national')
const fresh = args.includes('--fresh')

if (fresh && !process.env.DATABASE_URL) fs.rmSync(pgliteDir, { recursive: true, force: true })
const started = performance.now()
const connection = await connect({ pgliteDir })
try {
  if ((await connection.prisma.partnership.count()) > 0) {
    console.error(`The database already has partnerships. Use --fresh (embedded only) or an empty database.`)
    process.exitCode = 1
  } else {
    const result = await seedNational(connection.prisma, (line) => console.log(`[national] ${line}`))
    const total = Math.round(performance.now() - started)
    console.log(
      `[national] ${result.municipalities} municipalities, ${result.schools} primary/lower-secondary schools ` +
        `(${result.privateSchools} private, ${result.pupils.toLocaleString('nb-NO')} pupils), ` +
        `${result.upperSecondary} upper-secondary schools, ${result.partnerships} partnerships, ` +
        `${result.grantYears} grant years, ${result.allocations} allocations`,
    )
    console.log(`[national] done in ${(total / 1000).toFixed(1)} s on ${connection.kind} (target: under 120 s)`)
  }
} finally {
  await connection.close()
}
