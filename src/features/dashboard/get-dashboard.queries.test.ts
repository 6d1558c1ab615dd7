import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { seedNational } from '~prisma/seed/national'
import { seedDemo } from '~prisma/seed/demo'
import { loadActor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
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
    const { prisma } = await createTestDb()
    await seedDemo(prisma)
    const people = await prisma.user.findMany({ where: { memberships: { some: {} } } })
    const measure = async () => {
      const counts: number[] = []
      for (const person of people) {
        const { client, counter } = counting(prisma)
        await getDashboard(client, (await loadActor(prisma, person.id))!)
        counts.push(counter.queries)
      }
      return counts
    }
    const demo = await measure()
    await seedNational(prisma)
    const national = await measure()
    console.info(`[dashboard] queries per dashboard: demo ${demo.join(',')}; national ${national.join(',')}`)
    // Six reads, plus five statements for the tenant context: the scoped ids (set_config, role,
    // select) and the dashboard's own transaction (set_config, role).
    expect(Math.max(...demo)).toBeLessThanOrEqual(11)
    expect(national).toEqual(demo)
  })
})
