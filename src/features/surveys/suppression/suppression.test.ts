import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { determinedCells } from './rank'
import { changeShown, suppress } from './suppress'
import { ALL, cellId, hierarchyTable, SuppressionTableError, type TCellId, type THierarchyNode, type TLinearTable } from './table'
import { thresholdFor, ZSuppressionSettings } from './thresholds'
import { countyTree, countyTreeWithRemainders, nineClasses } from './county-tree'

// An oracle written apart from the engine's own test: a hidden cell h is determined by the published
// table iff adding e_h to the hidden part of the equations does not raise its rank (exact rationals).
type Q = [bigint, bigint]
const norm = ([a, b]: Q): Q => {
  if (b < 0n) [a, b] = [-a, -b]
  let [x, y] = [a < 0n ? -a : a, b]
  while (y) [x, y] = [y, x % y]
  return x > 1n ? [a / x, b / x] : [a, b]
}
function rank(rows: Q[][]): number {
  const m = rows.map((r) => r.map((q) => [...q] as Q))
  let r = 0
  for (let c = 0; c < (m[0]?.length ?? 0) && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && row[c]![0] !== 0n)
    if (p < 0) continue
    ;[m[r], m[p]] = [m[p]!, m[r]!]
    for (let i = 0; i < m.length; i++) {
      if (i === r || m[i]![c]![0] === 0n) continue
      const [fa, fb] = m[i]![c]!
      const [pa, pb] = m[r]![c]!
      // row_i -= (f / pivot) · row_r
      m[i] = m[i]!.map(([a, b], k) => {
        const [ra, rb] = m[r]![k]!
        return norm([a * pa * fb * rb - b * fa * pb * ra, b * pa * fb * rb])
      })
    }
    r++
  }
  return r
}
function oracleDetermined(table: TLinearTable, hidden: Set<TCellId>): Set<TCellId> {
  const cols = [...hidden]
  const rows = table.equations.map((eq) =>
    cols.map((id): Q => [BigInt((eq.total === id ? 1 : 0) - eq.parts.filter((p) => p === id).length), 1n]),
  )
  const base = rank(rows)
  return new Set(cols.filter((id) => rank([...rows, cols.map((c): Q => [c === id ? 1n : 0n, 1n])]) === base))
}

const hiddenOf = (status: Map<TCellId, { shown: boolean }>) => new Set([...status].filter(([, s]) => !s.shown).map(([id]) => id))

describe('the differencing attack: school total minus the shown classes', () => {
  // One school, three classes of 12, 9 and 4 pupils, threshold 7: class C is hidden for too few.
  const school: THierarchyNode = {
    id: 'school',
    children: [
      { id: 'A', counts: { [ALL]: 12 } },
      { id: 'B', counts: { [ALL]: 9 } },
      { id: 'C', counts: { [ALL]: 4 } },
    ],
  }
  const table = hierarchyTable({ id: 'partnership', children: [school] }, [ALL])
  const { status } = suppress(table, 7)

  it('hides the small class and one more, and keeps the school and the larger class', () => {
    expect(status.get('C')).toEqual({ shown: false, reason: 'too-few' })
    expect(status.get('B')).toEqual({ shown: false, reason: 'secondary' })
    expect(status.get('A')).toEqual({ shown: true, n: 12 })
    expect(status.get('school')).toEqual({ shown: true, n: 25 })
  })

  it('cannot recover the hidden class: two tables agree on every shown figure and differ in C', () => {
    // The attacker knows the school's sum of scores and class A's; with scores 1–5 per pupil:
    const truth = { A: 48, B: 30, C: 10 } // sums of one indicator's scores
    const schoolSum = truth.A + truth.B + truth.C
    const attack = schoolSum - truth.A // what subtraction yields: B + C, not C
    expect(attack).not.toBe(truth.C)
    const other = { A: 48, B: 31, C: 9 } // also possible: 9 pupils' sum 31 ∈ [9, 45], 4 pupils' 9 ∈ [4, 20]
    expect(other.A + other.B + other.C).toBe(schoolSum)
    expect(other.C).not.toBe(truth.C)
    expect(determinedCells(table, hiddenOf(status)).size).toBe(0)
    expect(oracleDetermined(table, hiddenOf(status)).size).toBe(0)
  })

  it('without secondary suppression the attack works (the test can see a leak)', () => {
    expect(determinedCells(table, new Set(['C']))).toEqual(new Set(['C']))
    expect(oracleDetermined(table, new Set(['C']))).toEqual(new Set(['C']))
  })
})

describe('wave against change', () => {
  it('shows a change only where both waves are shown', () => {
    const shown = { shown: true as const, n: 12 }
    const hidden = { shown: false as const, reason: 'too-few' as const }
    expect(changeShown(shown, shown)).toBe(true)
    expect(changeShown(shown, hidden)).toBe(false)
    expect(changeShown(hidden, shown)).toBe(false)
    expect(changeShown(undefined, shown)).toBe(false)
  })
})

describe('a county-sized wave', () => {
  it('suppresses 22 owners × 6 schools × 9 classes on the local rule alone', () => {
    const root = countyTree(nineClasses)
    const table = hierarchyTable(root, [ALL])
    const { status, rankRounds } = suppress(table, 7)
    expect(rankRounds).toBe(0)
    expect(determinedCells(table, hiddenOf(status)).size).toBe(0)
  })
})

describe('settings', () => {
  it('defaults to 7 and takes per-indicator overrides', () => {
    const settings = ZSuppressionSettings.parse({ perIndicator: { bullying: 10 } })
    expect(thresholdFor(settings, 'learning-environment')).toBe(7)
    expect(thresholdFor(settings, 'bullying')).toBe(10)
    expect(() => ZSuppressionSettings.parse({ minimum: 0 })).toThrow()
  })

  it('refuses a table whose totals do not add up', () => {
    expect(() => suppress({ cells: [{ id: 'a', n: 3 }, { id: 'b', n: 2 }], equations: [{ total: 'a', parts: ['b'] }] }, 7)).toThrow(SuppressionTableError)
  })
})

// Random hierarchies: partnership → 1–3 owners → 1–4 schools → 0–4 classes (0: the school is a leaf),
// counts 0–14 per group at the leaves, sometimes a never-published part (answers without a class).
const groupsArb = fc.constantFrom<string[]>([ALL], ['g1', 'g2'], ['g1', 'g2', 'g3'])
const leaf = (groups: string[]) =>
  fc.record({
    counts: fc.tuple(...groups.map(() => fc.nat({ max: 14 }))).map((ns) => Object.fromEntries(groups.map((g, i) => [g, ns[i]!]))),
    publishable: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  })
const hierarchyArb = (groups: string[]) =>
  fc.array(fc.array(fc.array(leaf(groups), { maxLength: 4 }).chain((classes) => (classes.length ? fc.constant(classes) : leaf(groups).map((l) => [l]))), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }).map(
    (owners): THierarchyNode => ({
      id: 'P',
      children: owners.map((schools, o) => ({
        id: `o${o}`,
        children: schools.map((classes, s) =>
          classes.length === 1 ? { id: `o${o}s${s}`, ...classes[0]! } : { id: `o${o}s${s}`, children: classes.map((c, k) => ({ id: `o${o}s${s}c${k}`, ...c })) },
        ),
      })),
    }),
  )
const caseArb = groupsArb.chain((groups) => fc.record({ groups: fc.constant(groups), root: hierarchyArb(groups), threshold: fc.integer({ min: 1, max: 10 }) }))

describe('suppression, for random hierarchies, counts and thresholds (fast-check)', () => {
  it('shows only cells that meet the threshold, and no hidden cell follows from the shown ones', () => {
    let cells = 0
    fc.assert(
      fc.property(caseArb, ({ groups, root, threshold }) => {
        const table = hierarchyTable(root, groups)
        const { status } = suppress(table, threshold)
        cells += table.cells.length
        for (const cell of table.cells) {
          const s = status.get(cell.id)!
          if (s.shown) {
            expect(cell.n === 0 || (cell.n >= threshold && cell.publishable !== false)).toBe(true)
            expect(s.n).toBe(cell.n)
          } else if (cell.n < threshold) expect(s.reason).toBe('too-few')
          if (cell.n > 0 && cell.n < threshold) expect(s.shown).toBe(false)
        }
        const hidden = hiddenOf(status)
        const protectedHidden = [...hidden].filter((id) => status.get(id)!.shown === false && (status.get(id) as { reason: string }).reason !== 'not-published')
        const exposed = oracleDetermined(table, hidden)
        expect(protectedHidden.filter((id) => exposed.has(id))).toEqual([])
      }),
      { numRuns: 400 },
    )
    expect(cells).toBeGreaterThan(400 * 8)
  })

  it('on a plain hierarchy the local rule alone is enough, as the ADR proves: the rank test finds nothing', () => {
    fc.assert(
      fc.property(hierarchyArb([ALL]), fc.integer({ min: 1, max: 10 }), (root, threshold) => {
        const strip = (n: THierarchyNode): THierarchyNode => ({ ...n, publishable: true, children: n.children?.map(strip) })
        const table = hierarchyTable(strip(root), [ALL])
        const { status, rankRounds } = suppress(table, threshold)
        expect(rankRounds).toBe(0)
        expect(oracleDetermined(table, hiddenOf(status)).size).toBe(0)
      }),
      { numRuns: 400 },
    )
  })

  it('the engine’s rank test agrees with the oracle on random hidden sets', () => {
    fc.assert(
      fc.property(caseArb, fc.integer(), ({ groups, root }, seed) => {
        const table = hierarchyTable(root, groups)
        const hidden = new Set(table.cells.filter((c, i) => c.n > 0 && ((i * 2654435761 + seed) >>> 0) % 3 === 0).map((c) => c.id))
        expect(determinedCells(table, hidden)).toEqual(oracleDetermined(table, hidden))
      }),
      { numRuns: 300 },
    )
  })
})

describe('groups against all', () => {
  it('protects a small group cell against unit(all) minus the other groups and against the totals', () => {
    const root: THierarchyNode = {
      id: 'P',
      children: [
        { id: 's1', counts: { g1: 20, g2: 3 } },
        { id: 's2', counts: { g1: 15, g2: 12 } },
      ],
    }
    const table = hierarchyTable(root, ['g1', 'g2'])
    const { status } = suppress(table, 7)
    expect(status.get(cellId('s1', 'g2'))).toEqual({ shown: false, reason: 'too-few' })
    expect(oracleDetermined(table, hiddenOf(status)).has(cellId('s1', 'g2'))).toBe(false)
  })

  it('finds what the local rule misses on a crossed table (a bridge between two hidden cycles) and hides more', () => {
    // Schools × groups. Hidden 1s on {s1,s2}×{g1,g2} and {s3,s4}×{g3,g4}, and the bridge s2×g3: every
    // row and column has two or more hidden cells, yet the bridge is rows s1+s2 minus columns g1+g2.
    const small = new Set(['s1g1', 's1g2', 's2g1', 's2g2', 's3g3', 's3g4', 's4g3', 's4g4', 's2g3'])
    const groups = ['g1', 'g2', 'g3', 'g4']
    const root: THierarchyNode = {
      id: 'P',
      children: ['s1', 's2', 's3', 's4'].map((s) => ({ id: s, counts: Object.fromEntries(groups.map((g) => [g, small.has(s + g) ? 1 : 20])) })),
    }
    const table = hierarchyTable(root, groups)
    const primary = new Set([...small].map((k) => cellId(k.slice(0, 2), k.slice(2))))
    expect(oracleDetermined(table, primary)).toEqual(new Set([cellId('s2', 'g3')]))
    const { status, rankRounds } = suppress(table, 7)
    expect(rankRounds).toBeGreaterThan(1)
    expect(status.get(cellId('s2', 'g3'))).toEqual({ shown: false, reason: 'too-few' })
    expect(oracleDetermined(table, hiddenOf(status)).size).toBe(0)
  })
})

// The tree the results use: partnership ⊃ owner ⊃ school ⊃ class. A school with classes also has its
// answers without a class as a never-published part (the unclassed remainder, as compute.ts builds it).
const schoolArb = (groups: string[]) =>
  fc.oneof(
    leaf(groups).map((l) => ({ classes: [] as { counts: Record<string, number> }[], rest: l.counts })),
    fc.record({ classes: fc.array(leaf(groups).map((l) => ({ counts: l.counts })), { minLength: 1, maxLength: 4 }), rest: leaf(groups).map((l) => l.counts) }),
  )
const classTreeArb = (groups: string[]) =>
  fc.array(fc.array(schoolArb(groups), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }).map(
    (owners): THierarchyNode => ({
      id: 'P',
      children: owners.map((schools, o) => ({
        id: `o${o}`,
        children: schools.map(({ classes, rest }, s) =>
          classes.length === 0
            ? { id: `o${o}s${s}`, counts: rest }
            : { id: `o${o}s${s}`, children: [...classes.map((c, k) => ({ id: `o${o}s${s}c${k}`, counts: c.counts })), { id: `o${o}s${s}rest`, counts: rest, publishable: false }] },
        ),
      })),
    }),
  )
const classCaseArb = groupsArb.chain((groups) => fc.record({ groups: fc.constant(groups), root: classTreeArb(groups), threshold: fc.integer({ min: 1, max: 10 }) }))
const reasonOf = (status: Map<TCellId, { shown: boolean }>, id: TCellId) => (status.get(id) as { reason?: string }).reason

describe('classes under schools, with the unclassed remainder (fast-check)', () => {
  it('shows only cells that meet the threshold and never the remainder; no small remainder or hidden class follows from the shown cells', () => {
    let remainders = 0
    fc.assert(
      fc.property(classCaseArb, ({ groups, root, threshold }) => {
        const table = hierarchyTable(root, groups)
        const { status } = suppress(table, threshold)
        for (const cell of table.cells) {
          const s = status.get(cell.id)!
          if (s.shown) expect(cell.n === 0 || (cell.n >= threshold && cell.publishable !== false)).toBe(true)
          if (cell.id.includes('rest') && cell.n > 0) {
            remainders++
            expect(s.shown).toBe(false)
          }
        }
        const hidden = hiddenOf(status)
        const exposed = oracleDetermined(table, hidden)
        for (const id of hidden) if (reasonOf(status, id) !== 'not-published') expect(exposed.has(id), id).toBe(false)
        // The local rule, said directly: no equation (school = its classes + remainder, owner = its
        // schools …) keeps exactly one protected cell hidden, which subtraction would give away.
        for (const eq of table.equations) {
          const hiddenHere = [eq.total, ...eq.parts].filter((id) => hidden.has(id))
          if (hiddenHere.length === 1) expect(reasonOf(status, hiddenHere[0]!)).toBe('not-published')
        }
      }),
      { numRuns: 400 },
    )
    expect(remainders).toBeGreaterThan(100)
  })

  it('the differencing attack on a small remainder fails: the school minus its shown classes is not the remainder', () => {
    // School 25 = 5A 12 + 5B 9 + 4 without a class; threshold 7.
    const root: THierarchyNode = {
      id: 'P',
      children: [{ id: 'o', children: [{ id: 's', children: [{ id: '5A', counts: { [ALL]: 12 } }, { id: '5B', counts: { [ALL]: 9 } }, { id: 'rest', counts: { [ALL]: 4 }, publishable: false }] }, { id: 't', counts: { [ALL]: 30 } }] }],
    }
    const table = hierarchyTable(root, [ALL])
    expect(oracleDetermined(table, new Set(['rest']))).toEqual(new Set(['rest'])) // the leak the rule must close
    const { status } = suppress(table, 7)
    expect(status.get('rest')).toEqual({ shown: false, reason: 'too-few' })
    expect(status.get('5B')).toEqual({ shown: false, reason: 'secondary' })
    expect(status.get('5A')).toEqual({ shown: true, n: 12 })
    expect(oracleDetermined(table, hiddenOf(status)).size).toBe(0)
  })

  it('a large remainder is hidden but needs no protection, so it shields a small class by itself', () => {
    const root: THierarchyNode = { id: 's', children: [{ id: '6A', counts: { [ALL]: 10 } }, { id: '6B', counts: { [ALL]: 4 } }, { id: 'rest', counts: { [ALL]: 8 }, publishable: false }] }
    const table = hierarchyTable(root, [ALL])
    const { status } = suppress(table, 7)
    expect(status.get('rest')).toEqual({ shown: false, reason: 'not-published' })
    expect(status.get('6B')).toEqual({ shown: false, reason: 'too-few' })
    expect(status.get('6A')).toEqual({ shown: true, n: 10 })
    expect(status.get('s')).toEqual({ shown: true, n: 22 })
    expect(determinedCells(table, hiddenOf(status)).has('6B')).toBe(false)
  })

  it('suppresses a county-sized wave with classes and remainders: 22 owners × 6 schools × 9 classes', () => {
    // How long this takes is the bench's figure (`npm run bench -- --surveys`), not this test's.
    const table = hierarchyTable(countyTreeWithRemainders(), [ALL])
    const { status } = suppress(table, 7)
    const hidden = hiddenOf(status)
    expect([...determinedCells(table, hidden)].filter((id) => reasonOf(status, id) !== 'not-published')).toEqual([])
  })
})
