import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { getPublicOverview } from '@/features/overview/get-public-overview'
import { tenantTables } from '~tests/setup/tenant-tables'
import { NATIONAL, seedNational } from './national'
import { countRows } from './national-count'
import { seedDemo } from './demo'
import { ALL_ROLES } from '@/server/authz/permissions'

describe('demo seed', async () => {
  const { prisma } = await createTestDb()

  it('creates Salten KAN and Nordre Sunnmøre with real municipalities, UH, forum, networks and people', async () => {
    await seedDemo(prisma)
    const salten = await prisma.partnership.findUniqueOrThrow({
      where: { slug: 'salten-kan' },
      include: {
        county: true,
        owners: { include: { owner: { include: { municipality: true } } } },
        universities: { include: { university: true } },
        forums: true,
        networks: true,
        grantYears: { include: { allocations: true } },
      },
    })
    expect(salten.county.name).toBe('Nordland')
    const numbers = salten.owners.map((o) => o.owner.municipality?.number).filter(Boolean).sort()
    expect(numbers).toEqual(['1804', '1836', '1837', '1838', '1839', '1840', '1841', '1845', '1848', '1875'])
    expect(salten.universities.map((u) => u.university.name)).toEqual(['Nord universitet'])
    // One collaboration forum, beside the demo steering group (issue 20).
    expect(salten.forums.filter((f) => f.kind === 'COLLABORATION_FORUM')).toHaveLength(1)
    expect(salten.forums.map((f) => f.kind)).toContain('STEERING_GROUP')
    expect(salten.networks.length).toBeGreaterThanOrEqual(13)
    const [grant] = salten.grantYears
    expect(grant!.allocations.reduce((sum, a) => sum + a.adjustedOre, 0n)).toBe(grant!.stateAmountOre)

    const sunnmore = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'nordre-sunnmore' }, include: { county: true } })
    expect(sunnmore.county.name).toBe('Møre og Romsdal')
    expect(await prisma.membership.count()).toBeGreaterThanOrEqual(8)
    const roles = new Set((await prisma.membership.findMany({ select: { role: true } })).map((m) => m.role))
    // Every role, so a newcomer can try each view from the demo login.
    expect([...roles].sort()).toEqual([...ALL_ROLES].sort())
  })

  it('feeds the front page overview with both tenants', async () => {
    const overview = await getPublicOverview(prisma)
    expect(overview.partnershipCount).toBe(2)
    const salten = overview.partnerships.find((p) => p.slug === 'salten-kan')!
    expect(salten).toMatchObject({ countyName: 'Nordland', ownerCount: 11, universities: ['Nord'] })
    const saltenOwners = await prisma.partnershipOwner.findMany({ where: { partnership: { slug: 'salten-kan' } } })
    expect(salten.unitCount).toBe(await prisma.unit.count({ where: { ownerId: { in: saltenOwners.map((o) => o.ownerId) } } }))
    expect(salten.unitCount).toBeGreaterThan(40)
  })
})

describe('national seed', async () => {
  const { prisma } = await createTestDb()

  // A twentieth of the partnerships get people and activity: the whole country's units and
  // tenants, but seconds instead of a minute for the rest.
  it('builds the whole country with sums that add up', { timeout: 240_000 }, async () => {
    const result = await seedNational(prisma, { scale: 0.05 })
    expect(result.municipalities).toBe(357)
    expect(await prisma.county.count()).toBe(15)
    expect(await prisma.unit.count({ where: { levels: { hasSome: ['PRIMARY', 'LOWER_SECONDARY'] } } })).toBe(NATIONAL.primarySchools)
    expect(await prisma.unit.count({ where: { isPublic: false } })).toBe(NATIONAL.privatePrimarySchools)
    expect(await prisma.unit.count({ where: { levels: { has: 'UPPER_SECONDARY' } } })).toBe(NATIONAL.upperSecondarySchools)
    const pupils = await prisma.unit.aggregate({ where: { levels: { hasSome: ['PRIMARY', 'LOWER_SECONDARY'] } }, _sum: { pupilCount: true } })
    expect(pupils._sum.pupilCount).toBe(NATIONAL.primaryPupils)
    expect(await prisma.grantYear.count()).toBe(result.partnerships * NATIONAL.years)
    // Every grant year's allocations sum to its state amount exactly.
    const mismatched = await prisma.$queryRaw<{ id: string }[]>`
      SELECT g.id FROM "GrantYear" g JOIN "Allocation" a ON a."grantYearId" = g.id
      GROUP BY g.id HAVING sum(a."adjustedOre") <> max(g."stateAmountOre")`
    expect(mismatched).toEqual([])
    // Every municipality belongs to exactly one competence region.
    const owners = await prisma.partnershipOwner.groupBy({ by: ['ownerId'], where: { owner: { kind: 'MUNICIPALITY' } }, _count: true })
    expect(owners).toHaveLength(357)
    expect(owners.every((o) => o._count === 1)).toBe(true)
  })

  it('fills every tenant table, and people in every role can log in', async () => {
    const counts = new Map((await countRows(prisma)).map((c) => [c.table, c.rows]))
    expect(tenantTables.filter((t) => !counts.get(t))).toEqual([])
    for (const table of ['User', 'Membership', 'AuditLog']) expect(counts.get(table)).toBeGreaterThan(0)
    const roles = await prisma.membership.groupBy({ by: ['role'], _count: true })
    expect(roles.map((r) => r.role).sort()).toEqual([...ALL_ROLES].sort())
    expect(await prisma.user.count({ where: { email: 'rektor.1@nasjonal.samkomp.no' } })).toBe(1)
    // Past years are closed after their spending; only the current one is open.
    expect(await prisma.grantYear.count({ where: { status: 'OPEN' } })).toBe(await prisma.partnership.count())
    // Seats are never over the limit (the trigger would have refused), and some gatherings have a waiting list.
    expect(await prisma.gatheringRegistration.count({ where: { status: 'WAITING' } })).toBeGreaterThan(0)
  })
})
