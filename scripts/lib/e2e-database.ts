/**
 * The database the browser tests run against (scripts/e2e.ts): a fresh one per run with the demo
 * data, removed afterwards. On the local PostgreSQL server when it answers (docs/decisions/
 * 020-fast-test-suite.md): the embedded database runs every query on the server's one thread,
 * one at a time, and blocks its event loop meanwhile. Without PostgreSQL it falls back
 * to the embedded database, except on CI, where a missing server is a failure.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { applyMigrations, pgExecutor } from '../../src/server/db/migrations'
import { withPgClient, postgresReachable } from '../../tests/setup/pg-client'
import { adminUrl } from '../../tests/setup/postgres-url'
import { setupDatabase } from './setup-database'

export type TE2eDatabase = {
  /** What `next start` needs in its environment to use this database. */
  env: { DATABASE_URL?: string; PGLITE_DATA_DIR?: string; SAMKOMP_EMBEDDED_DATABASE?: string }
  describe: string
  drop(): Promise<void>
}


export async function createE2eDatabase(): Promise<TE2eDatabase> {
  const choice = process.env.E2E_DATABASE ?? 'postgres'
  if (choice === 'pglite') return createPgliteDatabase()
  if (await postgresReachable()) return createPostgresDatabase()
  if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${adminUrl}, and CI requires it for the e2e tests.`)
  console.warn(`[e2e] PostgreSQL not reachable at ${adminUrl}: using the embedded database instead`)
  return createPgliteDatabase()
}

async function createPgliteDatabase(): Promise<TE2eDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samkomp-e2e-'))
  const pgliteDir = path.join(dataDir, 'pglite')
  await setupDatabase({ pgliteDir, seed: 'demo' })
  return {
    // `next start` is production, which refuses the embedded database unless asked for (docs/settings.md).
    env: { PGLITE_DATA_DIR: pgliteDir, SAMKOMP_EMBEDDED_DATABASE: '1' },
    describe: `embedded database in ${pgliteDir}`,
    drop: () => Promise.resolve(fs.rmSync(dataDir, { recursive: true, force: true })),
  }
}

async function createPostgresDatabase(): Promise<TE2eDatabase> {
  const name = `samkomp_e2e_${randomUUID().replace(/-/g, '').slice(0, 16)}`
  await admin((client) => client.query(`CREATE DATABASE "${name}"`))
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const databaseUrl = url.toString()
  try {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      await applyMigrations(pgExecutor(client))
    } finally {
      await client.end()
    }
    await setupDatabase({ databaseUrl, seed: 'demo' })
  } catch (error) {
    await dropPostgres(name)
    throw error
  }
  return { env: { DATABASE_URL: databaseUrl }, describe: `PostgreSQL database ${name}`, drop: () => dropPostgres(name) }
}

async function dropPostgres(name: string) {
  // FORCE: the server has just been stopped, and its pool may not have closed every connection.
  await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
}

const admin = (fn: (client: pg.Client) => Promise<unknown>) => withPgClient(adminUrl, fn)

