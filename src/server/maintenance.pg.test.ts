import { afterAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { connectTestPostgres } from '~tests/setup/postgres'
import { prismaForPostgres } from '@/server/db/client'
import { runExclusive } from '@/server/db/job-lock'
import { housekeeping } from './maintenance'

const postgres = await connectTestPostgres()

/** A promise and the function that settles it: a job that waits on it holds its lock until then. */
function gate() {
  let open!: () => void
  const closed = new Promise<void>((resolve) => (open = resolve))
  return { closed, open }
}

describe.skipIf(!postgres.available)('background jobs across instances on PostgreSQL', () => {
  it('runs a job in one instance at a time: while one holds it, the other skips it; after, it runs again', async () => {
    const { url, prisma: a } = await postgres.createMigratedDatabase()
    const b = prismaForPostgres(url)
    afterAll(() => b.$disconnect())

    const held = gate()
    const entered = gate()
    const first = runExclusive(a, 'test-job', async () => {
      entered.open()
      await held.closed
      return 'a'
    })
    await entered.closed
    expect(await runExclusive(b, 'test-job', () => Promise.resolve('b'))).toEqual({ ran: false })
    // Another job is not held up by it.
    expect(await runExclusive(b, 'other-job', () => Promise.resolve('b'))).toEqual({ ran: true, result: 'b' })
    held.open()
    expect(await first).toEqual({ ran: true, result: 'a' })
    // The lock ended with the first transaction.
    expect(await runExclusive(b, 'test-job', () => Promise.resolve('b'))).toEqual({ ran: true, result: 'b' })
  })

  it('two instances running housekeeping at once remove each expired row once, and a job held elsewhere is skipped', async () => {
    const { url, prisma: a } = await postgres.createMigratedDatabase()
    const b = prismaForPostgres(url)
    afterAll(() => b.$disconnect())
    const now = new Date('2026-12-03T12:00:00Z')
    const old = new Date(now.getTime() - 200 * 86_400_000)
    await a.loginAttempt.createMany({ data: Array.from({ length: 40 }, (_, i) => ({ ip: `198.51.100.${i}`, method: 'demo', outcome: 'started', at: old })) })
    await a.emailOutbox.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ kind: 'test', to: `x${i}@example.no`, subject: 's', text: 't', createdAt: old, sentAt: old })) })

    // Another instance is at the outbox job (its lock held from a plain connection): this run skips it.
    const other = new pg.Client({ connectionString: url })
    await other.connect()
    await other.query('BEGIN')
    await other.query(`SELECT pg_advisory_xact_lock(${0x5a4b}::int, hashtext('prune-email-outbox'))`)
    const whileHeld = await housekeeping(b, now)
    expect(whileHeld['prune-email-outbox']).toEqual({ ran: false })
    expect(whileHeld['prune-login-attempts']).toEqual({ ran: true, removed: 40 })
    expect(await a.emailOutbox.count()).toBe(30)
    await other.query('COMMIT')
    await other.end()

    // Both at once: whichever gets to a job first removes its rows; the other skips it or finds nothing.
    const [fromA, fromB] = await Promise.all([housekeeping(a, now), housekeeping(b, now)])
    const removed = (job: string) => (fromA[job]?.removed ?? 0) + (fromB[job]?.removed ?? 0)
    expect(removed('prune-email-outbox')).toBe(30)
    expect(removed('prune-login-attempts')).toBe(0)
    expect(Object.values({ ...fromA, ...fromB }).some((r) => r.failed)).toBe(false)
    expect(await a.emailOutbox.count()).toBe(0)
  })
})
