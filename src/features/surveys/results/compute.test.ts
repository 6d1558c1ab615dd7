import { describe, expect, it } from 'vitest'
import { starterLibrary } from '../instruments/library'
import { classCell, computeWaveResults, ownerCell, PARTNERSHIP_CELL, unclassedCell, unitCell } from './compute'
import { indicatorValue } from './indicators'

const content = starterLibrary.PUPILS_8_10
const indicator = (key: string) => content.indicators.find((i) => i.key === key)!
const settings = { minimum: 7, perIndicator: { bullying: 10 } }
const shape = { owners: [{ ownerId: 'A', unitIds: ['a1', 'a2', 'a3'] }, { ownerId: 'B', unitIds: ['b1'] }] }
const answers = (unitId: string, count: number, values: Record<string, number>) => Array.from({ length: count }, () => ({ unitId, values }))

describe('indicator values', () => {
  it('reverse-codes negatively worded items and needs half of the items answered', () => {
    // le-noise is reverse coded: 1 (no disturbance) scores 5.
    expect(indicatorValue(content, indicator('learning-environment'), { 'le-thrive': 5, 'le-safe': 5, 'le-noise': 1 })).toBe(5)
    expect(indicatorValue(content, indicator('learning-environment'), { 'le-thrive': 5, 'le-safe': 5 })).toBeNull()
    expect(indicatorValue(content, indicator('bullying'), { 'bu-bullied': 3 })).toBe(1)
    expect(indicatorValue(content, indicator('bullying'), { 'bu-bullied': 2 })).toBe(0)
    expect(indicatorValue(content, indicator('bullying'), {})).toBeNull()
  })
})

describe('a wave’s results', () => {
  const full = { 'le-thrive': 4, 'le-safe': 4, 'le-belong': 4, 'le-rules': 4, 'le-noise': 2, 'bu-bullied': 1 }
  const results = computeWaveResults(content, settings, shape, [...answers('a1', 12, full), ...answers('a2', 9, full), ...answers('a3', 3, full), ...answers('b1', 8, { ...full, 'bu-bullied': 4 })])
  const le = results.find((r) => r.key === 'learning-environment')!
  const bullying = results.find((r) => r.key === 'bullying')!

  it('shows means, n and the distribution where the cell is large enough', () => {
    expect(le.cells.get(unitCell('a1'))).toEqual({ shown: true, n: 12, mean: 4, sd: 0, distribution: [0, 0, 0, 12, 0] })
    expect(le.cells.get(PARTNERSHIP_CELL)).toMatchObject({ shown: true, n: 32 })
  })

  it('hides the small unit and one more beside it, never as 0', () => {
    expect(le.cells.get(unitCell('a3'))).toEqual({ shown: false, reason: 'too-few' })
    expect(le.cells.get(unitCell('a2'))).toEqual({ shown: false, reason: 'secondary' })
    expect(le.cells.get(ownerCell('A'))).toMatchObject({ shown: true, n: 24 })
  })

  it('uses the per-indicator threshold (bullying 10 here): owner B with 8 is hidden, and so is what would give it away', () => {
    expect(bullying.threshold).toBe(10)
    expect(bullying.cells.get(unitCell('b1'))).toEqual({ shown: false, reason: 'too-few' })
    expect(bullying.cells.get(ownerCell('B'))).toEqual({ shown: false, reason: 'too-few' })
    // Partnership minus owner A would be owner B: so owner A or the partnership is hidden too.
    const a = bullying.cells.get(ownerCell('A'))!
    const p = bullying.cells.get(PARTNERSHIP_CELL)!
    expect(a.shown && p.shown).toBe(false)
  })

  it('says "no answers" for a unit nobody answered for', () => {
    const none = computeWaveResults(content, settings, shape, answers('a1', 12, full))
    expect(none[0]!.cells.get(unitCell('b1'))).toEqual({ shown: false, reason: 'no-answers' })
  })
})

describe('a wave’s results per class', () => {
  const full = { 'le-thrive': 4, 'le-safe': 4, 'le-belong': 4, 'le-rules': 4, 'le-noise': 2, 'bu-bullied': 1 }
  const inClass = (unitId: string, classId: string | null, count: number, values = full) => Array.from({ length: count }, () => ({ unitId, classId, values }))
  // School a1: 5A 12, 5B 9, and 3 answers without a class; school a2: 6A 10, 6B 4, 8 without a class;
  // a3 has no classes at all (a leaf, as before). 6C had codes but no answers.
  const classShape = { ...shape, classes: { a1: ['5A', '5B'], a2: ['6A', '6B', '6C'] } }
  const results = computeWaveResults(content, settings, classShape, [
    ...inClass('a1', '5A', 12), ...inClass('a1', '5B', 9), ...inClass('a1', null, 3),
    ...inClass('a2', '6A', 10), ...inClass('a2', '6B', 4), ...inClass('a2', null, 8),
    ...inClass('a3', null, 20), ...inClass('b1', null, 8),
  ])
  const le = results.find((r) => r.key === 'learning-environment')!

  it('adds classes and the unclassed remainder up to the school, and shows a large class', () => {
    expect(le.cells.get(unitCell('a1'))).toMatchObject({ shown: true, n: 24 })
    expect(le.cells.get(classCell('5A'))).toEqual({ shown: true, n: 12, mean: 4, sd: 0, distribution: [0, 0, 0, 12, 0] })
    expect(le.cells.get(unitCell('a3'))).toMatchObject({ shown: true, n: 20 })
    expect(le.cells.get(classCell('6C'))).toEqual({ shown: false, reason: 'no-answers' })
  })

  it('protects a small remainder: school minus the shown classes would be it, so a class beside it is hidden too', () => {
    // a1 = 5A + 5B + 3 unclassed: with 5A and 5B shown, the 3 would follow by subtraction.
    expect(le.cells.get(classCell('5B'))).toEqual({ shown: false, reason: 'secondary' })
    expect(le.cells.get(classCell('5A'))).toMatchObject({ shown: true })
    // The remainder is never a result of its own.
    expect(le.cells.has(unclassedCell('a1'))).toBe(false)
  })

  it('hides a small class, and needs no second cell where a large unpublished remainder already hides it', () => {
    expect(le.cells.get(classCell('6B'))).toEqual({ shown: false, reason: 'too-few' })
    // a2 − 6A = 6B + 8 unclassed: two unknowns, so 6A and the school can stay.
    expect(le.cells.get(classCell('6A'))).toMatchObject({ shown: true, n: 10 })
    expect(le.cells.get(unitCell('a2'))).toMatchObject({ shown: true, n: 22 })
  })

  it('takes a class from the answers even where the shape does not list it', () => {
    const extra = computeWaveResults(content, settings, shape, [...inClass('b1', '7A', 8), ...inClass('b1', null, 8)])
    expect(extra[0]!.cells.get(classCell('7A'))).toMatchObject({ shown: true, n: 8 })
    expect(extra[0]!.cells.get(unitCell('b1'))).toMatchObject({ shown: true, n: 16 })
  })
})
