import { describe, expect, it } from 'vitest'
import { connectTestPostgres } from '~tests/setup/postgres'
import { demoPeople, seedDemo } from '~prisma/seed/demo'
import { loadActor } from '@/server/authz/actor'
import { closeGrantYear } from '@/features/funding/close-grant-year'
import { createAward } from '@/features/funding/create-award'
import { openGrantYear } from '@/features/funding/open-grant-year'
import { recordSpending } from '@/features/funding/record-spending'
import { reallocate } from './reallocate'
import { readSettlement, settlementTotals } from './settlement'
import { setUnusedMoney } from './set-unused-money'

const postgres = await connectTestPostgres()

describe.skipIf(!postgres.available)('reallocation under concurrency on PostgreSQL', () => {
  it('20 moves and 20 spending reports racing for an award that fits 10, 4 rounds: exactly 10 succeed, nobody below zero, the total unchanged; a closing waits its turn', { timeout: 180_000 }, async () => {
    const { prisma } = await postgres.createMigratedDatabase()
    await seedDemo(prisma)
    const actor = async (email: string) => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
    const governor = await actor(demoPeople.countyGovernorNordland.email)
    const owner = await actor(demoPeople.schoolOwnerBodo.email)
    const salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
    const bodo = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1804' } } })
    const fauske = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1841' } } })

    const rounds = []
    for (let round = 0; round < 4; round++) {
      const opened = await openGrantYear(prisma, governor, { partnershipId: salten.id, year: String(2090 + round), stateAmount: '1 000 000' })
      if (!opened.ok) throw new Error(opened.error)
      await createAward(prisma, governor, { grantYearId: opened.id, recipientId: bodo.id, amount: '100 000', idempotencyKey: crypto.randomUUID() })
      await setUnusedMoney(prisma, governor, { grantYearId: opened.id, unusedMoney: 'REALLOCATE' })
      const move = () => reallocate(prisma, governor, { grantYearId: opened.id, fromRecipientId: bodo.id, toRecipientId: fauske.id, amount: '10 000', reason: 'Samtidig flytting' })
      const spend = () => recordSpending(prisma, owner, { grantYearId: opened.id, recipientId: bodo.id, amount: '10 000', spentOn: '2026-02-01', description: 'Samtidig' })
      // In the last round a closing races them: whatever lands after it is refused as closed.
      const racing = [...Array.from({ length: 20 }, move), ...Array.from({ length: 20 }, spend), ...(round === 3 ? [closeGrantYear(prisma, governor, { grantYearId: opened.id })] : [])]
      const results = await Promise.allSettled(racing)
      const ok = results.filter((r) => r.status === 'fulfilled' && r.value.ok && (r.value.done === 'reallocated' || r.value.done === 'spent')).length
      const lines = await readSettlement(prisma, opened.id!)
      const rows = (await prisma.reallocation.count({ where: { grantYearId: opened.id } })) + (await prisma.spending.count({ where: { grantYearId: opened.id } }))
      rounds.push({
        errors: results.filter((r) => r.status === 'rejected').length,
        nobodyBelowZero: lines.every((l) => l.unusedOre >= 0n),
        totalUnchanged: settlementTotals(lines).awardedOre === 10_000_000n && settlementTotals(lines).unusedOre + settlementTotals(lines).spentOre === 10_000_000n,
        rowsMatchSuccesses: rows === ok,
        succeeded: round === 3 ? 'raced a closing' : ok,
      })
    }
    expect(rounds).toEqual([
      ...Array.from({ length: 3 }, () => ({ errors: 0, nobodyBelowZero: true, totalUnchanged: true, rowsMatchSuccesses: true, succeeded: 10 })),
      { errors: 0, nobodyBelowZero: true, totalUnchanged: true, rowsMatchSuccesses: true, succeeded: 'raced a closing' },
    ])
  })
})
