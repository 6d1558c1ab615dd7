import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { connectTestPostgres } from '~tests/setup/postgres'
import { applyMigrations, pgExecutor, readMigrations } from './migrations'
import { migrationsFolder } from '~tests/setup/migrations-folder'

const postgres = await connectTestPostgres()

describe.skipIf(!postgres.available)('applyMigrations on PostgreSQL', () => {
  it("applies the app's migrations to a fresh database and records them", async () => {
    const url = await postgres.createDatabase()
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const result = await applyMigrations(pgExecutor(client))
      expect(result.applied).toEqual(readMigrations().map((m) => m.name))
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'Partnership'`)
      expect(rows[0]!.n).toBe('1')
      expect((await applyMigrations(pgExecutor(client))).applied).toEqual([])
    } finally {
      await client.end()
    }
  })

  it('lets concurrent migrators apply each migration exactly once', async () => {
    const url = await postgres.createDatabase()
    // A slow migration widens the window in which the two would race without the advisory lock.
    const dir = migrationsFolder({
      '20260101000000_slow': 'SELECT pg_sleep(0.3);\nCREATE TABLE "Counter" (n int);\nINSERT INTO "Counter" VALUES (1);',
      '20260102000000_next': 'UPDATE "Counter" SET n = n + 1;',
    })
    const clients = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })]
    await Promise.all(clients.map((c) => c.connect()))
    try {
      const results = await Promise.all(clients.map((c) => applyMigrations(pgExecutor(c), { migrationsDir: dir })))
      expect(results.map((r) => r.applied.length).sort()).toEqual([0, 2])
      const { rows } = await clients[0]!.query<{ n: number }>('SELECT n FROM "Counter"')
      expect(rows).toEqual([{ n: 2 }])
      const recorded = await clients[0]!.query('SELECT 1 FROM "_prisma_migrations"')
      expect(recorded.rowCount).toBe(2)
    } finally {
      await Promise.all(clients.map((c) => c.end()))
    }
  })
})
