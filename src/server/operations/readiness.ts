import type { Db } from '@/server/db/client'
import { readMigrations } from '@/server/db/migrations'
import { MAX_ATTEMPTS } from '@/server/email/outbox'

export interface TReadiness {
  ready: boolean
  /** Whether the database answered, and how fast. */
  database: { ok: boolean; ms?: number; error?: string }
  /** Migration folders this build carries that the database has not applied (must be none), and how many it has. */
  migrations?: { applied: number; pending: string[] }
  /** Email waiting: due and not given up, failed for good, and how long the oldest due one has waited. */
  outbox?: { pending: number; failed: number; oldestDueSeconds: number | null }
  shuttingDown: boolean
}

const state = globalThis as unknown as { samkompShuttingDown?: boolean }

/** Said by the shutdown hook (src/server/shutdown.ts): from then on the instance reports not ready, so a load balancer stops sending to it. */
export function markShuttingDown(): void {
  state.samkompShuttingDown = true
}

/**
 * Whether this instance can serve: the database answers, every migration this build carries is
 * applied (`npm run db:migrate` runs before a deploy rolls out, ADR 002), and it is not shutting
 * down. The outbox backlog is reported, not judged: email waiting does not stop the pages.
 *
 * Reads only platform tables (`_prisma_migrations`, EmailOutbox), none of a tenant's.
 */
export async function checkReadiness(db: Db, now = new Date(), files = readMigrations().map((m) => m.name)): Promise<TReadiness> {
  const shuttingDown = state.samkompShuttingDown === true
  const started = performance.now()
  try {
    await db.$queryRaw`SELECT 1`
  } catch (error) {
    return { ready: false, database: { ok: false, error: error instanceof Error ? error.message.split('\n').at(-1) : String(error) }, shuttingDown }
  }
  const database = { ok: true, ms: Math.round(performance.now() - started) }
  const rows = await db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
  const applied = new Set(rows.map((r) => r.migration_name))
  const pending = files.filter((name) => !applied.has(name))
  const [outbox] = await db.$queryRaw<{ pending: bigint; failed: bigint; oldest: Date | null }[]>`
    SELECT count(*) FILTER (WHERE attempts < ${MAX_ATTEMPTS}) AS pending,
           count(*) FILTER (WHERE attempts >= ${MAX_ATTEMPTS}) AS failed,
           min("sendAfter") FILTER (WHERE attempts < ${MAX_ATTEMPTS} AND "sendAfter" <= ${now}) AS oldest
    FROM "EmailOutbox" WHERE "sentAt" IS NULL`
  return {
    ready: pending.length === 0 && !shuttingDown,
    database,
    migrations: { applied: applied.size, pending },
    outbox: {
      pending: Number(outbox?.pending ?? 0),
      failed: Number(outbox?.failed ?? 0),
      oldestDueSeconds: outbox?.oldest ? Math.max(0, Math.round((now.getTime() - new Date(outbox.oldest).getTime()) / 1000)) : null,
    },
    shuttingDown,
  }
}
