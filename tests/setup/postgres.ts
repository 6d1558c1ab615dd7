import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { afterAll } from 'vitest'
import { prismaForPostgres } from '@/server/db/client'
import { applyMigrations, pgExecutor } from '@/server/db/migrations'
import { postgresReachable } from './pg-client'
import { adminUrl } from './postgres-url'

/**
 * The local PostgreSQL server, for tests that need real concurrency or a pool.
 *
 * Note: on CI a missing server is a failure, never a skip (the brief: such tests must run there).
 * On a developer's machine without it, the tests skip and say why.
 */
export async function connectTestPostgres() {
  const available = await postgresReachable()
  if (!available) {
    if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${adminUrl}, and CI requires it.`)
    console.warn(`[test] PostgreSQL not reachable at ${adminUrl}: skipping the tests that need it`)
  }
  const created: string[] = []
  afterAll(async () => {
    // Runs after the clients' own afterAll hooks (vitest runs them in reverse order).
    if (created.length === 0) return
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.end()
  })
  return {
    available,
    /** A new, empty database with a unique name, dropped after the file's tests. */
    async createDatabase(): Promise<string> {
      const name = `samkomp_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`
      const admin = new pg.Client({ connectionString: adminUrl })
      await admin.connect()
      await admin.query(`CREATE DATABASE "${name}"`)
      await admin.end()
      created.push(name)
      const url = new URL(adminUrl)
      url.pathname = `/${name}`
      return url.toString()
    },
    /** A new database with every migration applied, and a pooled Prisma client on it (closed after the file). */
    async createMigratedDatabase() {
      const url = await this.createDatabase()
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      await applyMigrations(pgExecutor(client))
      await client.end()
      const prisma = prismaForPostgres(url)
      afterAll(() => prisma.$disconnect())
      return { url, prisma }
    },
  }
}

