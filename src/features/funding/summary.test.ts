import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { requiredShare, staffTimeOre, summariseFunding, totals } from './summary'

describe('funding figures per recipient', () => {
  it('rounds the required share and staff time half up to whole øre', () => {
    expect(requiredShare(10_000_000n, 3000)).toBe(3_000_000n)
    expect(requiredShare(5n, 3000)).toBe(2n) // 1,5 øre → 2
    expect(requiredShare(1n, 3000)).toBe(0n) // 0,3 øre → 0
    expect(staffTimeOre(3750, 65_000n)).toBe(2_437_500n) // 37,5 h × 650 kr
    expect(staffTimeOre(1, 150n)).toBe(2n) // 0,01 h × 1,50 kr = 1,5 øre → 2
  })

  it('flags owners below the share, never UH partners, and leaves out recipients with no figures', () => {
    const rows = summariseFunding({
      coFinancingBp: 3000,
      recipients: [
        { id: 'a', name: 'Bodø kommune', isOwner: true },
        { id: 'b', name: 'Beiarn kommune', isOwner: true },
        { id: 'u', name: 'Nord universitet', isOwner: false },
        { id: 'z', name: 'Ingen tall', isOwner: true },
      ],
      allocations: [{ ownerId: 'a', adjustedOre: 20_000_000n }, { ownerId: 'b', adjustedOre: 5_000_000n }],
      awards: [{ recipientId: 'a', amountOre: 10_000_000n }, { recipientId: 'b', amountOre: 5_000_000n }, { recipientId: 'u', amountOre: 1_000_000n }],
      spendings: [{ recipientId: 'a', amountOre: 4_000_000n }],
      coFinancings: [{ ownerId: 'a', amountOre: 3_000_000n }, { ownerId: 'b', amountOre: 1_499_999n }],
    })
    expect(rows.map((r) => [r.recipientName, r.remainingOre, r.requiredCoFinancingOre, r.belowCoFinancing])).toEqual([
      ['Beiarn kommune', 5_000_000n, 1_500_000n, true],
      ['Bodø kommune', 6_000_000n, 3_000_000n, false],
      ['Nord universitet', 1_000_000n, 0n, false],
    ])
  })

  it('totals add up whatever the rows: remaining = awarded − spent, and each owner is below exactly when co-financing < required', () => {
    const ore = fc.bigInt({ min: 0n, max: 10_000_000_000n })
    fc.assert(
      fc.property(
        fc.array(fc.record({ awarded: ore, spent: ore, co: ore, isOwner: fc.boolean() }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 10_000 }),
        (recipients, bp) => {
          const rows = summariseFunding({
            coFinancingBp: bp,
            recipients: recipients.map((r, i) => ({ id: String(i), name: `R${i}`, isOwner: r.isOwner })),
            allocations: [],
            awards: recipients.map((r, i) => ({ recipientId: String(i), amountOre: r.awarded })),
            spendings: recipients.map((r, i) => ({ recipientId: String(i), amountOre: r.spent })),
            coFinancings: recipients.map((r, i) => ({ ownerId: String(i), amountOre: r.co })),
          })
          const sum = totals(rows)
          expect(sum.remainingOre).toBe(sum.awardedOre - sum.spentOre)
          expect(sum.awardedOre).toBe(recipients.reduce((a, r) => a + r.awarded, 0n))
          for (const row of rows) expect(row.belowCoFinancing).toBe(row.isOwner && row.coFinancedOre < requiredShare(row.awardedOre, bp))
        },
      ),
      { numRuns: 300 },
    )
  })
})
