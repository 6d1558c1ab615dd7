import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { unsafeWithAllTenants } from '@/server/db/tenant'
import { countThemeGoalOverview } from './overview-count'
import { themeGoalOverview } from './overview'

const { prisma } = await createTestDb({ demo: true })

describe('the overview by theme and sector goal, counted by PostgreSQL', () => {
  it('counts as the overview of the measures themselves does, in the same order, only in the partnerships given', async () => {
    const partnerships = await unsafeWithAllTenants(prisma, (tx) => tx.partnership.findMany({ select: { id: true } }))
    expect(partnerships.length).toBeGreaterThan(1)
    const expected = (ids: string[]) =>
      unsafeWithAllTenants(prisma, async (tx) =>
        themeGoalOverview(await tx.measure.findMany({ where: { partnershipId: { in: ids } }, select: { themes: true, sectorGoals: true, units: { select: { unitId: true } } } })),
      )
    const counted = (ids: string[]) => unsafeWithAllTenants(prisma, (tx) => countThemeGoalOverview(tx, ids))
    const all = partnerships.map((p) => p.id)
    const everything = await counted(all)
    // The demo's measures have units in several cells, or the comparison would prove little.
    expect(everything.some((c) => c.units > 1)).toBe(true)
    expect(everything).toEqual(await expected(all))
    for (const { id } of partnerships) expect(await counted([id])).toEqual(await expected([id]))
    expect(await counted([])).toEqual([])
  })
})
