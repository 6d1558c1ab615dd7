import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { seedNational } from '~prisma/seed/national'
import { loadActor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { getFundingDashboard } from '@/features/funding/dashboard'
import { getDashboard } from './get-dashboard'

/** A client that counts the queries it sends, so the test can bound them. */
function counting(db: Db) {
  const counter = { queries: 0 }
  const client = db.$extends({
    query: {
      async $allOperations({ args, query }) {
        counter.queries += 1
        return (await query(args)) as unknown
      },
    },
  }) as unknown as Db
  return { client, counter }
}

describe('dashboard query count', () => {
  it('stays the same for every role at demo and at national scale', { timeout: 180_000 }, async () => {
    const { prisma } = await createTestDb({ demo: true })
    const people = await prisma.user.findMany({ where: { memberships: { some: {} } } })
    const measure = async () => {
      const counts: number[] = []
      const funding: number[] = []
      for (const person of people) {
        const actor = (await loadActor(prisma, person.id))!
        const { client, counter } = counting(prisma)
        await getDashboard(client, actor)
        counts.push(counter.queries)
        const money = counting(prisma)
        await getFundingDashboard(money.client, actor)
        funding.push(money.counter.queries)
      }
      return { counts, funding }
    }
    const demo = await measure()
    // The whole country's units and tenants, and a tenth of the partnerships in use (people,
    // meetings, money, networks): enough to show an N+1, in a fraction of the full seed's time.
    await seedNational(prisma, { scale: 0.1 })
    const national = await measure()
    console.info(`[dashboard] queries per dashboard: demo ${demo.counts.join(',')}; national ${national.counts.join(',')}`)
    console.info(`[dashboard] queries for the money part: demo ${demo.funding.join(',')}; national ${national.funding.join(',')}`)
    // Six reads, plus five statements for the tenant context: the scoped ids (set_config, role,
    // select) and the dashboard's own transaction (set_config, role).
    expect(Math.max(...demo.counts)).toBeLessThanOrEqual(11)
    // The money part: years, six for the figures, the overseen partnerships and (for owners and UH)
    // their own organisations, plus the same five for the tenant context; none without read:funding.
    expect(Math.max(...demo.funding)).toBeLessThanOrEqual(15)
    expect(national).toEqual(demo)
  })
})
