/**
 * `npm run seed:national`: fills a database with national-scale data and prints its timing per
 * part, the rows per table and a few login users per role.
 * Writes to DATABASE_URL (or `--database-url URL`) when set, otherwise to a separate embedded
 * database in ./.data/national (so the demo data is left alone); `--data-dir DIR` chooses another
 * one, `--scale 0.1` seeds the activity of a tenth of the partnerships. Refuses a database that
 * already has partnerships; `--fresh` empties the embedded one first.
 */
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { connect } from '../src/server/db/client'
import { seedNational } from '../prisma/seed/national'
import { countRows } from '../prisma/seed/national-count'

const Flags = z.object({
  dataDir: z.string().default('.data/national'),
  databaseUrl: z.string().url().optional(),
  scale: z.coerce.number().gt(0).max(1).default(1),
  fresh: z.boolean().default(false),
})

function parseFlags(argv: string[]) {
  const raw: Record<string, string | boolean> = {}
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!.replace(/^--/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
    if (name === 'fresh') raw.fresh = true
    else raw[name] = argv[++i] ?? ''
  }
  return Flags.strict().parse(raw)
}

const flags = parseFlags(process.argv.slice(2))
const databaseUrl = flags.databaseUrl ?? process.env.DATABASE_URL
const pgliteDir = path.resolve(flags.dataDir)
if (flags.fresh && !databaseUrl) fs.rmSync(pgliteDir, { recursive: true, force: true })
const started = performance.now()
const connection = await connect({ pgliteDir, databaseUrl })
try {
  if ((await connection.prisma.partnership.count()) > 0) {
    console.error(`The database already has partnerships. Use --fresh (embedded only) or an empty database.`)
    process.exitCode = 1
  } else {
    const result = await seedNational(connection.prisma, { log: (line) => console.log(`[national] ${line}`), scale: flags.scale })
    const total = Math.round(performance.now() - started)
    console.log(
      `[national] ${result.municipalities} municipalities, ${result.schools} primary/lower-secondary schools ` +
        `(${result.privateSchools} private, ${result.pupils.toLocaleString('nb-NO')} pupils), ` +
        `${result.upperSecondary} upper-secondary schools, ${result.kindergartens} kindergartens, ${result.partnerships} partnerships ` +
        `(${result.activePartnerships} with activity), ${result.grantYears} grant years, ${result.people} people`,
    )
    console.log('[national] rows per table:')
    for (const { table, rows } of await countRows(connection.prisma)) console.log(`  ${table.padEnd(24)} ${rows.toLocaleString('en-GB').padStart(9)}`)
    console.log('[national] login users per role (email is the login in demo mode; the bench uses the first):')
    for (const { role, users } of result.loginUsers) {
      for (const u of users) console.log(`  ${role.padEnd(22)} ${u.id}  ${u.name.padEnd(22)} ${u.email}`)
    }
    console.log(`[national] done in ${(total / 1000).toFixed(1)} s on ${connection.kind} (target: under 180 s)`)
  }
} finally {
  await connection.close()
}
