import { PrismaPg } from '@prisma/adapter-pg'
import type { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from '@/generated/prisma/client'
import { countStatements } from './bench-count'
import { applyMigrations, pgliteExecutor } from './migrations'
import { defaultPgliteDir, openPglite, unlockDataDir } from './pglite'
import { settings } from '@/server/settings'

export type Db = PrismaClient

export interface Connection {
  prisma: PrismaClient
  kind: 'pglite' | 'postgres'
  /** The embedded database, when that is what we run on (tests and seeds use it directly). */
  pglite?: PGlite
  close(): Promise<void>
}

/** A Prisma client over an already opened PGlite (tests use in-memory ones). */
export function prismaForPglite(pglite: PGlite): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPGlite(pglite) })
}

export function prismaForPostgres(connectionString: string): PrismaClient {
  // One pool per process, of DB_POOL_SIZE connections (docs/settings.md).
  const adapter = new PrismaPg({ connectionString, max: settings().DB_POOL_SIZE })
  const benchFile = settings().SAMKOMP_BENCH_SQL_FILE
  return new PrismaClient({ adapter: benchFile ? countStatements(adapter, benchFile) : adapter })
}

/**
 * Connects to PostgreSQL when DATABASE_URL is set, otherwise to the embedded PGlite database in
 * ./.data (in production only with SAMKOMP_EMBEDDED_DATABASE=1, src/server/settings.ts) (migrated on open, so a fresh checkout just works). PostgreSQL is migrated explicitly
 * with `npm run db:migrate`, as a deployment step.
 */
export async function connect(
  options: { databaseUrl?: string; pgliteDir?: string } = {},
): Promise<Connection> {
  const databaseUrl = options.databaseUrl ?? settings().DATABASE_URL
  if (databaseUrl) {
    const prisma = prismaForPostgres(databaseUrl)
    return { prisma, kind: 'postgres', close: () => prisma.$disconnect() }
  }
  const dir = options.pgliteDir ?? defaultPgliteDir()
  const pglite = await openPglite(dir)
  await applyMigrations(pgliteExecutor(pglite))
  const prisma = prismaForPglite(pglite)
  return {
    prisma,
    kind: 'pglite',
    pglite,
    close: async () => {
      await prisma.$disconnect()
      await pglite.close()
      unlockDataDir(dir)
    },
  }
}
