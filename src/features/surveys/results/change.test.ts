import { describe, expect, it } from 'vitest'
import { changeBetween } from './change'

describe('the change between two waves', () => {
  it('gives the difference with a 95 % interval, only where both cells are shown', () => {
    const t1 = { shown: true as const, n: 100, mean: 3.5, sd: 1, distribution: [] }
    const t2 = { shown: true as const, n: 100, mean: 3.8, sd: 1, distribution: [] }
    const change = changeBetween(t1, t2)!
    expect(change.difference).toBeCloseTo(0.3)
    // se = sqrt(1/100 + 1/100) ≈ 0.1414; ± 1.96 se ≈ 0.277
    expect(change.low).toBeCloseTo(0.3 - 0.2772, 3)
    expect(change.high).toBeCloseTo(0.3 + 0.2772, 3)
    expect(changeBetween(t1, { shown: false, reason: 'too-few' })).toBeNull()
    expect(changeBetween(undefined, t2)).toBeNull()
  })
})
