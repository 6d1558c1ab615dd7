import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { weightedMean, type TAggregatable } from './aggregate'

const valueCell = fc.record({ status: fc.constant('VALUE' as const), valueMilli: fc.integer({ min: 0, max: 60_000 }), respondents: fc.integer({ min: 1, max: 100_000 }) })
const hiddenCell = fc.record({
  status: fc.constantFrom('SUPPRESSED' as const, 'MISSING' as const, 'NOT_APPLICABLE' as const),
  valueMilli: fc.constant(null),
  respondents: fc.constant(null),
})

describe('weightedMean', () => {
  it('weights each value by its n', () => {
    const cells: TAggregatable[] = [
      { status: 'VALUE', valueMilli: 4_000, respondents: 100 },
      { status: 'VALUE', valueMilli: 5_000, respondents: 300 },
    ]
    expect(weightedMean(cells)).toEqual({ kind: 'value', valueMilli: 4_750, respondents: 400, cells: 2 })
  })

  it('never sums a suppressed or missing cell: any such cell withholds the aggregate, wherever it sits', () => {
    fc.assert(
      fc.property(fc.array(valueCell, { maxLength: 12 }), hiddenCell, fc.array(valueCell, { maxLength: 12 }), (before, hidden, after) => {
        const result = weightedMean([...before, hidden, ...after])
        expect(result.kind).toBe('withheld')
        if (result.kind === 'withheld') expect(result.reason).toBe(hidden.status === 'SUPPRESSED' ? 'suppressed' : 'missing')
      }),
    )
  })

  it('says suppressed before missing, so the note names the protective reason', () => {
    expect(weightedMean([{ status: 'MISSING', valueMilli: null, respondents: null }, { status: 'SUPPRESSED', valueMilli: null, respondents: null }])).toMatchObject({ reason: 'suppressed' })
  })

  it('is a mean of values only: it lies between the smallest and largest value', () => {
    fc.assert(
      fc.property(fc.array(valueCell, { minLength: 1, maxLength: 20 }), (cells) => {
        const result = weightedMean(cells)
        expect(result.kind).toBe('value')
        if (result.kind !== 'value') return
        expect(result.valueMilli).toBeGreaterThanOrEqual(Math.min(...cells.map((c) => c.valueMilli)))
        expect(result.valueMilli).toBeLessThanOrEqual(Math.max(...cells.map((c) => c.valueMilli)))
        expect(result.respondents).toBe(cells.reduce((a, c) => a + c.respondents, 0))
      }),
    )
  })

  it('withholds a mean without weights and says nothing for no cells', () => {
    expect(weightedMean([{ status: 'VALUE', valueMilli: 4_000, respondents: null }])).toMatchObject({ kind: 'withheld', reason: 'noWeights' })
    expect(weightedMean([])).toMatchObject({ kind: 'withheld', reason: 'empty' })
  })
})
