import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { describe, expect, it } from 'vitest'
import { migrationsFolder } from '~tests/setup/migrations-folder'
import { applyMigrations, MigrationError, pgliteExecutor, readMigrations } from './migrations'

const first = 'CREATE TABLE "A" (id int PRIMARY KEY);\nINSERT INTO "A" VALUES (1);'
const second = 'CREATE TABLE "B" (id int PRIMARY KEY REFERENCES "A"(id));'

describe('applyMigrations on PGlite', () => {
  it('applies folders in name order, records them as Prisma does, and is idempotent', async () => {
    const db = await PGlite.create()
    const dir = migrationsFolder({ '20260102000000_second': second, '20260101000000_first': first })
    expect(await applyMigrations(pgliteExecutor(db), { migrationsDir: dir })).toEqual({
      applied: ['20260101000000_first', '20260102000000_second'],
      alreadyApplied: 0,
    })
    const { rows } = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; id: string }>(
      'SELECT * FROM "_prisma_migrations" ORDER BY migration_name',
    )
    expect(rows.map((r) => r.migration_name)).toEqual(['20260101000000_first', '20260102000000_second'])
    expect(rows[0]!.checksum).toBe(createHash('sha256').update(first).digest('hex'))
    expect(rows.every((r) => r.finished_at instanceof Date && r.applied_steps_count === 1 && r.id.length === 36)).toBe(true)

    expect(await applyMigrations(pgliteExecutor(db), { migrationsDir: dir })).toEqual({ applied: [], alreadyApplied: 2 })
    await db.close()
  })

  it('refuses to go on when an applied migration was edited', async () => {
    const db = await PGlite.create()
    const dir = migrationsFolder({ '20260101000000_first': first })
    await applyMigrations(pgliteExecutor(db), { migrationsDir: dir })
    fs.writeFileSync(path.join(dir, '20260101000000_first', 'migration.sql'), `${first}\n-- edited`)
    await expect(applyMigrations(pgliteExecutor(db), { migrationsDir: dir })).rejects.toThrow(
      /20260101000000_first was changed after it was applied/,
    )
    await db.close()
  })

  it('rolls a failing migration back whole, records nothing, and applies it once fixed', async () => {
    const db = await PGlite.create()
    const broken = 'CREATE TABLE "C" (id int);\nINSERT INTO "C" VALUES (1);\nSELECT no_such_function();'
    const dir = migrationsFolder({ '20260101000000_first': first, '20260102000000_broken': broken })
    await expect(applyMigrations(pgliteExecutor(db), { migrationsDir: dir })).rejects.toThrow(/no_such_function/)
    const tables = await db.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)
    expect(tables.rows.map((r) => r.tablename)).toEqual(['A', '_prisma_migrations'])
    const recorded = await db.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations"')
    expect(recorded.rows.map((r) => r.migration_name)).toEqual(['20260101000000_first'])

    fs.writeFileSync(path.join(dir, '20260102000000_broken', 'migration.sql'), 'CREATE TABLE "C" (id int);')
    expect((await applyMigrations(pgliteExecutor(db), { migrationsDir: dir })).applied).toEqual(['20260102000000_broken'])
    await db.close()
  })

  it('stops at a migration recorded as failed by another tool', async () => {
    const db = await PGlite.create()
    const dir = migrationsFolder({ '20260101000000_first': first })
    await applyMigrations(pgliteExecutor(db), { migrationsDir: dir })
    await db.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES (gen_random_uuid(), 'x', '20260103000000_half', now())`,
    )
    await expect(applyMigrations(pgliteExecutor(db), { migrationsDir: dir })).rejects.toBeInstanceOf(MigrationError)
    await db.close()
  })

  it("ships migrations that build the app's schema", () => {
    const migrations = readMigrations()
    expect(migrations.length).toBeGreaterThan(0)
    expect(migrations[0]!.sql).toContain('CREATE TABLE "Partnership"')
  })

  it('gives the app role its rights on every table again, whichever role made the table', async () => {
    const db = await PGlite.create()
    const dir = migrationsFolder({ '20260101000000_first': `CREATE ROLE samkomp_app NOLOGIN;\n${first}`, '20260102000000_second': second })
    await applyMigrations(pgliteExecutor(db), { migrationsDir: dir })
    const rights = async () =>
      (await db.query<{ t: string; ok: boolean }>(`SELECT tablename AS t, has_table_privilege('samkomp_app', format('%I', tablename), 'SELECT, INSERT, UPDATE, DELETE') AS ok FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows
    expect(await rights()).toEqual([{ t: 'A', ok: true }, { t: 'B', ok: true }, { t: '_prisma_migrations', ok: true }])
    // As on a database whose tables another role made: the next run, with nothing to apply, repairs it.
    await db.exec('REVOKE ALL ON "B" FROM samkomp_app')
    expect((await applyMigrations(pgliteExecutor(db), { migrationsDir: dir })).applied).toEqual([])
    expect(await rights()).toEqual([{ t: 'A', ok: true }, { t: 'B', ok: true }, { t: '_prisma_migrations', ok: true }])
    await db.close()
  })
})
