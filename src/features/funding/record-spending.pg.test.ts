import { describe, expect, it } from 'vitest'
import { connectTestPostgres } from '~tests/setup/postgres'
import { demoPeople, seedDemo } from '~prisma/seed/demo'
import { loadActor } from '@/server/authz/actor'
import { closeGrantYear } from './close-grant-year'
import { createAward } from './create-award'
import { openGrantYear } from './open-grant-year'
import { recordSpending } from './record-spending'

const postgres = await connectTestPostgres()

describe.skipIf(!postgres.available)('spending under concurrency on PostgreSQL', () => {
  it('30 parallel reports against an award that fits 10, 5 rounds: exactly 10 succeed, never over the award, no errors; a closing waits its turn', { timeout: 180_000 }, async () => {
    const { prisma } = await postgres.createMigratedDatabase()
    await seedDemo(prisma)
    const actor = async (email: string) => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
    const governor = await actor(demoPeople.countyGovernorNordland.email)
    const owner = await actor(demoPeople.schoolOwnerBodo.email)
    const salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
    const bodo = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1804' } } })

    const rounds = []
    for (let round = 0; round < 5; round++) {
      const opened = await openGrantYear(prisma, governor, { partnershipId: salten.id, year: String(2060 + round), stateAmount: '1 000 000' })
      if (!opened.ok) throw new Error(opened.error)
      await createAward(prisma, governor, { grantYearId: opened.id, recipientId: bodo.id, amount: '100 000', idempotencyKey: crypto.randomUUID() })
      const spend = () => recordSpending(prisma, owner, { grantYearId: opened.id, recipientId: bodo.id, amount: '10 000', spentOn: '2026-02-01', description: 'Samtidig' })
      // In the last round a closing races the reports: whatever lands after it is refused as closed.
      const results = await Promise.allSettled([...Array.from({ length: 30 }, spend), ...(round === 4 ? [closeGrantYear(prisma, governor, { grantYearId: opened.id })] : [])])
      const spent = await prisma.spending.aggregate({ where: { grantYearId: opened.id }, _sum: { amountOre: true }, _count: true })
      const ok = results.filter((r) => r.status === 'fulfilled' && r.value.ok && r.value.done === 'spent').length
      rounds.push({
        errors: results.filter((r) => r.status === 'rejected').length,
        withinAward: (spent._sum.amountOre ?? 0n) <= 10_000_000n,
        rowsMatchSuccesses: spent._count === ok,
        succeeded: round === 4 ? 'raced a closing' : ok,
      })
    }
    expect(rounds).toEqual([
      ...Array.from({ length: 4 }, () => ({ errors: 0, withinAward: true, rowsMatchSuccesses: true, succeeded: 10 })),
      { errors: 0, withinAward: true, rowsMatchSuccesses: true, succeeded: 'raced a closing' },
    ])
  })
})
