import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { PGlite, Transaction } from '@electric-sql/pglite'
import type pg from 'pg'

/**
 * Applies Prisma Migrate's migration folders (`prisma/migrations/<name>/migration.sql`) and records
 * them in `_prisma_migrations` exactly as `prisma migrate deploy` does, so the same database can
 * later be handed to the native tooling. See docs/decisions/002-offline-migrations.md.
 */

/** The least we need of a database: PGlite and node-postgres both fit behind it. */
export interface SqlExecutor {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>
  exec(sql: string): Promise<void>
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>
}

export function pgliteExecutor(db: PGlite | Transaction): SqlExecutor {
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    exec: async (sql) => {
      await db.exec(sql)
    },
    transaction: (fn) => {
      if (!('transaction' in db)) throw new Error('nested transactions are not supported')
      return db.transaction((tx) => fn(pgliteExecutor(tx)))
    },
  }
}

export function pgExecutor(client: pg.ClientBase): SqlExecutor {
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    exec: async (sql) => {
      await client.query(sql)
    },
    transaction: async (fn) => {
      await client.query('BEGIN')
      try {
        const result = await fn(pgExecutor(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK')
        throw error
      }
    },
  }
}

export interface TMigrationFile {
  name: string
  sql: string
  checksum: string
}

// Resolved from the working directory (the project root for npm scripts, tests and `next start`),
// not from this file, which Next bundles elsewhere.
export const defaultMigrationsDir = path.join(process.cwd(), 'prisma', 'migrations')

/** The migration folders in order of their names (Prisma's timestamps sort by time). */
export function readMigrations(dir = defaultMigrationsDir): TMigrationFile[] {
  // Note: the ignore comments keep Next's file tracing from copying the whole project into the
  // server bundle; the migrations are read from the project folder at run time.
  const migrationsDir = path.resolve(/*turbopackIgnore: true*/ dir)
  if (!fs.existsSync(/*turbopackIgnore: true*/ migrationsDir)) return []
  return fs
    .readdirSync(/*turbopackIgnore: true*/ migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(/*turbopackIgnore: true*/ path.join(migrationsDir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(/*turbopackIgnore: true*/ path.join(migrationsDir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    })
}

// The table as Prisma Migrate creates it (schema-engine's postgres connector).
const createMigrationsTable = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`

// Any fixed number: every process migrating the same PostgreSQL database waits on it.
const ADVISORY_LOCK_KEY = 72_707_369

interface TAppliedRow {
  migration_name: string
  checksum: string
  finished_at: Date | null
  rolled_back_at: Date | null
}

export class MigrationError extends Error {}

/**
 * Applies the pending migrations, each in its own transaction with its `_prisma_migrations` row,
 * so a failing migration leaves neither partial schema nor a record behind.
 */
/**
 * The app's role (samkomp_app, ADR 008) gets its rights on every table again after each run. A new
 * table has them through the default privileges of the role that ran the row-level-security
 * migration, and only when the same role creates it: a database first migrated as `postgres` and
 * later as `root` (seen on the bench database) had tables the app could not read, and /oversikt
 * answered 500. Granting again holds whichever role migrates; the rights are the ones that
 * migration gave every table. Skipped where the role does not exist (a folder of test migrations).
 */
const grantAppRole = `DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'samkomp_app') THEN
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO samkomp_app;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO samkomp_app;
  END IF;
END $$;`

export async function applyMigrations(
  db: SqlExecutor,
  options: { migrationsDir?: string } = {},
): Promise<{ applied: string[]; alreadyApplied: number }> {
  const migrations = readMigrations(options.migrationsDir)
  // Note: a session-level advisory lock serialises concurrent migrators (several app instances
  // starting at once); the second one then finds everything applied.
  await db.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY])
  try {
    await db.exec(createMigrationsTable)
    const rows = await db.query<TAppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    )
    const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null)
    if (failed) {
      throw new MigrationError(
        `Migration ${failed.migration_name} failed earlier and is not marked as rolled back. ` +
          'Fix the database by hand, then mark it rolled back before migrating again.',
      )
    }
    const done = new Map(rows.filter((r) => r.finished_at !== null).map((r) => [r.migration_name, r.checksum]))
    for (const migration of migrations) {
      const recorded = done.get(migration.name)
      if (recorded !== undefined && recorded !== migration.checksum) {
        throw new MigrationError(
          `Migration ${migration.name} was changed after it was applied (checksum differs). ` +
            'Never edit an applied migration: create a new one.',
        )
      }
    }

    const applied: string[] = []
    for (const migration of migrations) {
      if (done.has(migration.name)) continue
      await db.transaction(async (tx) => {
        await tx.exec(migration.sql)
        await tx.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        )
      })
      applied.push(migration.name)
    }
    await db.exec(grantAppRole)
    return { applied, alreadyApplied: done.size }
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY])
  }
}
