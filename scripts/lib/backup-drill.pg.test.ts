import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { connectTestPostgres } from '~tests/setup/postgres'
import { compareDatabases, dropDatabase, formatDrillReport, runBackupDrill } from './backup-drill'
import { setupDatabase } from './setup-database'

// On CI a missing PostgreSQL fails here (connectTestPostgres), it never skips.
const postgres = await connectTestPostgres()

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

async function databaseExists(url: string): Promise<boolean> {
  const name = new URL(url).pathname.slice(1)
  const rows = await query<{ n: string }>(url.replace(/\/[^/]+$/, '/postgres'), `SELECT count(*) AS n FROM pg_database WHERE datname = '${name}'`)
  return rows[0]!.n === '1'
}

describe.skipIf(!postgres.available)('the backup-and-restore drill on PostgreSQL', () => {
  it('restores a migrated database with the demo data into a fresh one holding the same rows, checksums and schema objects', { timeout: 120_000 }, async () => {
    const { url, prisma } = await postgres.createMigratedDatabase()
    await setupDatabase({ databaseUrl: url, seed: 'demo' })
    const partnerships = await prisma.partnership.count()
    expect(partnerships).toBeGreaterThan(0)

    const report = await runBackupDrill({ sourceUrl: url })
    expect(report.ok).toBe(true)
    const byName = new Map(report.tables.map((t) => [t.table, t]))
    expect(byName.get('public."Partnership"')).toMatchObject({ sourceRows: partnerships, restoredRows: partnerships, ok: true })
    expect(byName.get('public._prisma_migrations')?.sourceRows).toBeGreaterThan(0)
    // The demo fills many tables; an empty comparison would prove nothing.
    expect(report.tables.filter((t) => t.sourceRows > 0).length).toBeGreaterThan(20)
    const objects = Object.fromEntries(report.objects.map((o) => [o.kind, o]))
    expect(objects.triggers!.source).toBeGreaterThan(0)
    expect(objects['row-level security policies']!.source).toBeGreaterThan(0)
    expect(report.objects.every((o) => o.ok)).toBe(true)
    // The restored database was a fresh one, and is gone afterwards.
    expect(await databaseExists(report.restoredUrl)).toBe(false)

    const printed = formatDrillReport(report)
    expect(printed).toMatch(/public\."Partnership"\s+\d+\s+\d+\s+[0-9a-f]{12}\s+ok/)
    expect(printed).toContain('DRILL PASSED')
  })

  it('reports a changed row, a lost row and a lost trigger in the restored copy', { timeout: 120_000 }, async () => {
    const { url } = await postgres.createMigratedDatabase()
    await setupDatabase({ databaseUrl: url, seed: 'demo' })
    const report = await runBackupDrill({ sourceUrl: url, keep: true })
    try {
      expect(report.ok).toBe(true)
      const [trigger] = await query<{ table: string; name: string }>(
        report.restoredUrl,
        `SELECT c.relname AS table, t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND t.tgconstraint = 0 ORDER BY 1, 2 LIMIT 1`,
      )
      await query(report.restoredUrl, `UPDATE "Partnership" SET name = name || ' (endret)' WHERE id = (SELECT id FROM "Partnership" ORDER BY id::text LIMIT 1)`)
      await query(report.restoredUrl, `DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`)
      await query(report.restoredUrl, `DROP TRIGGER "${trigger!.name}" ON "${trigger!.table}"`)

      const after = await compareDatabases(url, report.restoredUrl)
      expect(after.ok).toBe(false)
      expect(after.tables.filter((t) => !t.ok).map((t) => t.table)).toEqual(['public."Partnership"', 'public._prisma_migrations'])
      const partnership = after.tables.find((t) => t.table === 'public."Partnership"')!
      expect(partnership.sourceRows).toBe(partnership.restoredRows)
      expect(partnership.sourceChecksum).not.toBe(partnership.restoredChecksum)
      expect(after.objects.filter((o) => !o.ok)).toEqual([expect.objectContaining({ kind: 'triggers', restored: expect.any(Number) as number })])
      expect(formatDrillReport({ ...report, ...after })).toContain('DRILL FAILED')
    } finally {
      await dropDatabase(report.restoredUrl)
    }
  })
  it('fails on a database with no tables: a restore of nothing proves nothing', async () => {
    const url = await postgres.createDatabase()
    const report = await runBackupDrill({ sourceUrl: url })
    expect(report.tables).toEqual([])
    expect(report.ok).toBe(false)
    expect(formatDrillReport(report)).toContain('nothing was tested')
  })
})
