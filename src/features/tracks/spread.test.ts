import { describe, expect, it } from 'vitest'
import { latestPerUnit, spreadByYear, spreadYears, type TUnitEvent } from './spread'

const ev = (unitId: string, year: number, at: number, value: 'A' | 'B'): TUnitEvent<'A' | 'B'> => ({ unitId, year, at, value })

describe('spreadByYear', () => {
  it('counts each unit once a year by its newest event up to the end of that year', () => {
    const events = [ev('u1', 2024, 1, 'A'), ev('u1', 2025, 5, 'B'), ev('u2', 2025, 2, 'A'), ev('u1', 2025, 3, 'A')]
    const rows = spreadByYear(['A', 'B'], ['u1', 'u2', 'u3'], events, [2024, 2025, 2026])
    expect(rows).toEqual([
      { year: 2024, counts: { A: 1, B: 0, NONE: 2 } },
      { year: 2025, counts: { A: 1, B: 1, NONE: 1 } },
      { year: 2026, counts: { A: 1, B: 1, NONE: 1 } },
    ])
    for (const r of rows) expect(r.counts.A + r.counts.B + r.counts.NONE).toBe(3)
  })

  it('leaves out events of units outside the list', () => {
    expect(spreadByYear(['A', 'B'], ['u1'], [ev('other', 2025, 1, 'B')], [2025])).toEqual([{ year: 2025, counts: { A: 0, B: 0, NONE: 1 } }])
  })
})

describe('spreadYears', () => {
  it('runs from the first event to this year, at most ten years', () => {
    expect(spreadYears([{ year: 2024 }, { year: 2025 }], 2026)).toEqual([2024, 2025, 2026])
    expect(spreadYears([{ year: 2001 }], 2026)).toHaveLength(10)
    expect(spreadYears([], 2026)).toEqual([2026])
  })
})

describe('latestPerUnit', () => {
  it('takes the newest by year, then by order within it', () => {
    expect(latestPerUnit([ev('u1', 2025, 9, 'B'), ev('u1', 2025, 3, 'A'), ev('u2', 2024, 1, 'A')])).toEqual(new Map([['u1', 'B'], ['u2', 'A']]))
  })
})
