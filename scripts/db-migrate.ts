/**
 * `npm run db:migrate`: applies pending migrations to PostgreSQL (DATABASE_URL) or, when that is
 * unset, to the embedded database in ./.data/pglite.
 */
import pg from 'pg'
import { applyMigrations, pgExecutor, pgliteExecutor } from '../src/server/db/migrations'
import { defaultPgliteDir, openPglite, unlockDataDir } from '../src/server/db/pglite'

const url = process.env.DATABASE_URL
let result: Awaited<ReturnType<typeof applyMigrations>>
if (url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    result = await applyMigrations(pgExecutor(client))
  } finally {
    await client.end()
  }
} else {
  const dir = defaultPgliteDir()
  const db = await openPglite(dir)
  try {
    result = await applyMigrations(pgliteExecutor(db))
  } finally {
    await db.close()
    unlockDataDir(dir)
  }
}
console.log(
  result.applied.length
    ? `Applied ${result.applied.length} migration(s): ${result.applied.join(', ')}`
    : `No pending migrations (${result.alreadyApplied} applied).`,
)
