import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AllocationKeyError, computeAllocationKey, type TKeyOwner } from './allocation-key'

const owner = (name: string, fteCenti: number, pupils: number): TKeyOwner => ({ ownerId: `id-${name}`, name, fteCenti, pupils })

describe('the allocation key', () => {
  it('gives each owner the base, then splits the rest by FTE and pupils', () => {
    // 1 000 000 kr; base 100 000 kr × 2; the remaining 800 000 kr split 50/50 on FTE and pupils.
    const table = computeAllocationKey(
      { grantOre: 100_000_000n, basePerOwnerOre: 10_000_000n, fteWeight: 50, pupilWeight: 50 },
      [owner('Bodø', 30_000, 3000), owner('Beiarn', 10_000, 1000)],
    )
    expect(table.map((s) => [s.ownerId, s.totalOre])).toEqual([
      ['id-Beiarn', 10_000_000n + 20_000_000n],
      ['id-Bodø', 10_000_000n + 60_000_000n],
    ])
  })

  it('uses only the measure with weight, and splits equally when no owner has any', () => {
    const fteOnly = computeAllocationKey({ grantOre: 300_00n, basePerOwnerOre: 0n, fteWeight: 1, pupilWeight: 0 }, [owner('A', 100, 999), owner('B', 200, 1)])
    expect(fteOnly.map((s) => s.totalOre)).toEqual([100_00n, 200_00n])
    const nobody = computeAllocationKey({ grantOre: 300_00n, basePerOwnerOre: 0n, fteWeight: 1, pupilWeight: 1 }, [owner('A', 0, 0), owner('B', 0, 0), owner('C', 0, 0)])
    expect(nobody.map((s) => s.totalOre)).toEqual([100_00n, 100_00n, 100_00n])
  })

  it('refuses a base that the grant cannot pay, no owners, and no weights', () => {
    const grant = { grantOre: 100_00n, basePerOwnerOre: 60_00n, fteWeight: 1, pupilWeight: 1 }
    expect(() => computeAllocationKey(grant, [owner('A', 1, 1), owner('B', 1, 1)])).toThrow(new AllocationKeyError('baseExceedsGrant'))
    expect(() => computeAllocationKey(grant, [])).toThrow(new AllocationKeyError('noOwners'))
    expect(() => computeAllocationKey({ ...grant, basePerOwnerOre: 0n, fteWeight: 0, pupilWeight: 0 }, [owner('A', 1, 1)])).toThrow(new AllocationKeyError('noWeights'))
  })

  const owners = fc.uniqueArray(
    fc.record({ ownerId: fc.uuid(), name: fc.string({ maxLength: 8 }), fteCenti: fc.nat({ max: 500_000 }), pupils: fc.nat({ max: 60_000 }) }),
    { minLength: 1, maxLength: 40, selector: (o) => o.ownerId },
  )
  const settings = fc.record({
    grantOre: fc.bigInt({ min: 0n, max: 10n ** 11n }),
    basePerOwnerOre: fc.bigInt({ min: 0n, max: 10n ** 7n }),
    fteWeight: fc.nat({ max: 100 }),
    pupilWeight: fc.nat({ max: 100 }),
  }).filter((s) => s.fteWeight + s.pupilWeight > 0)

  it('always sums to the grant, never gives a negative share, and gives the same table for the same inputs in any order', () => {
    fc.assert(
      fc.property(settings, owners, fc.integer(), (s, list, seed) => {
        fc.pre(s.basePerOwnerOre * BigInt(list.length) <= s.grantOre)
        const table = computeAllocationKey(s, list)
        expect(table.reduce((a, r) => a + r.totalOre, 0n)).toBe(s.grantOre)
        expect(table.every((r) => r.totalOre >= 0n && r.weightedOre >= 0n)).toBe(true)
        const shuffled = seed % 2 === 0 ? [...list].reverse() : [...list.slice(1), list[0]!]
        expect(computeAllocationKey(s, shuffled)).toEqual(table)
      }),
      { numRuns: 500 },
    )
  })

  it('gives more to an owner with more FTE and pupils, never less (monotone)', () => {
    fc.assert(
      fc.property(settings, owners, (s, list) => {
        fc.pre(s.basePerOwnerOre * BigInt(list.length) <= s.grantOre && list.length >= 2)
        const table = new Map(computeAllocationKey(s, list).map((r) => [r.ownerId, r.totalOre]))
        for (const a of list) {
          for (const b of list) {
            // Rounding to whole kroner may differ by at most one krone (plus stray øre on the first share).
            if (a.fteCenti >= b.fteCenti && a.pupils >= b.pupils) expect(table.get(a.ownerId)! + 200n).toBeGreaterThanOrEqual(table.get(b.ownerId)!)
          }
        }
      }),
      { numRuns: 200 },
    )
  })
})
