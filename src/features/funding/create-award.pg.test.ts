import { describe, expect, it } from 'vitest'
import { connectTestPostgres } from '~tests/setup/postgres'
import { demoPeople, seedDemo } from '~prisma/seed/demo'
import { loadActor } from '@/server/authz/actor'
import { createAward } from './create-award'
import { openGrantYear } from './open-grant-year'

const postgres = await connectTestPostgres()

describe.skipIf(!postgres.available)('awards under concurrency on PostgreSQL', () => {
  it('50 parallel awards at a budget that fits 10, 20 rounds: exactly 10 succeed each time, never over the grant, no errors', { timeout: 180_000 }, async () => {
    const { prisma } = await postgres.createMigratedDatabase()
    await seedDemo(prisma)
    const user = await prisma.user.findUniqueOrThrow({ where: { email: demoPeople.countyGovernorNordland.email } })
    const governor = (await loadActor(prisma, user.id))!
    const salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
    const owners = await prisma.partnershipOwner.findMany({ where: { partnershipId: salten.id }, select: { ownerId: true } })

    const rounds = []
    for (let round = 0; round < 20; round++) {
      const opened = await openGrantYear(prisma, governor, { partnershipId: salten.id, year: String(2050 + round), stateAmount: '100 000' })
      if (!opened.ok) throw new Error(opened.error)
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          createAward(prisma, governor, { grantYearId: opened.id, recipientId: owners[i % owners.length]!.ownerId, amount: '10 000', idempotencyKey: crypto.randomUUID() }),
        ),
      )
      const awarded = await prisma.award.aggregate({ where: { grantYearId: opened.id }, _sum: { amountOre: true }, _count: true })
      rounds.push({
        succeeded: results.filter((r) => r.status === 'fulfilled' && r.value.ok).length,
        refused: results.filter((r) => r.status === 'fulfilled' && !r.value.ok && r.value.error === 'overBudget').length,
        errors: results.filter((r) => r.status === 'rejected').length,
        rows: awarded._count,
        totalOre: awarded._sum.amountOre,
      })
    }
    expect(rounds).toEqual(Array.from({ length: 20 }, () => ({ succeeded: 10, refused: 40, errors: 0, rows: 10, totalOre: 10_000_000n })))
  })

  it('the same submission sent 20 times at once writes one award', async () => {
    const { prisma } = await postgres.createMigratedDatabase()
    await seedDemo(prisma)
    const user = await prisma.user.findUniqueOrThrow({ where: { email: demoPeople.countyGovernorNordland.email } })
    const governor = (await loadActor(prisma, user.id))!
    const salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
    const owner = await prisma.partnershipOwner.findFirstOrThrow({ where: { partnershipId: salten.id } })
    const opened = await openGrantYear(prisma, governor, { partnershipId: salten.id, year: '2070', stateAmount: '100 000' })
    if (!opened.ok) throw new Error(opened.error)
    const key = crypto.randomUUID()
    const results = await Promise.all(
      Array.from({ length: 20 }, () => createAward(prisma, governor, { grantYearId: opened.id, recipientId: owner.ownerId, amount: '5 000', idempotencyKey: key })),
    )
    expect(results.every((r) => r.ok)).toBe(true)
    expect(new Set(results.map((r) => (r.ok ? r.id : null))).size).toBe(1)
    expect(await prisma.award.count({ where: { grantYearId: opened.id } })).toBe(1)
    expect(await prisma.auditLog.count({ where: { action: 'award.create' } })).toBe(1)
  })
})
