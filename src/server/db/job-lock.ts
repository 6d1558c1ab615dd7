import type { Db } from './client'
import type { Tx } from './tenant'

/**
 * The advisory-lock class of background jobs: PostgreSQL's two-key advisory locks are a space of
 * their own, apart from the one-key locks the login limit takes (src/server/auth/login-attempts.ts).
 */
const JOB_LOCK_CLASS = 0x5a4b // "ZK"

/**
 * Runs `fn` in a transaction that holds the job's advisory lock, unless another process (another
 * instance, ADR 034) holds it right now: then it does nothing and says so. The lock is
 * transaction-scoped (`pg_try_advisory_xact_lock`), so it ends with the transaction whatever
 * happens, and a crashed instance never leaves it behind.
 *
 * Note: this makes a job run once at a time across instances, not once per period; the jobs
 * that use it are idempotent (a second run right after finds nothing to do).
 */
export async function runExclusive<T>(db: Db, job: string, fn: (tx: Tx) => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${JOB_LOCK_CLASS}::int, hashtext(${job})) AS locked`
    if (!row?.locked) return { ran: false as const }
    return { ran: true as const, result: await fn(tx) }
  }, { maxWait: 10_000, timeout: 5 * 60_000 })
}
