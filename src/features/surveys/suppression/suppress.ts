import { determinedCells } from './rank'
import { checkTable, SuppressionTableError, type TCell, type TCellId, type TLinearTable } from './table'

// Primary suppression hides every cell with fewer respondents than the threshold. Secondary
// suppression then hides more until no hidden cell can be computed from the shown ones:
// 1. the local rule — no equation may have exactly one hidden cell (it would be its total minus the
//    shown parts); on a single hierarchy this is also sufficient (proof in ADR 024);
// 2. on crossed tables (hierarchy × groups) the exact rank test, hiding one more cell beside each
//    cell it finds determined, then the local rule again, until the test finds none.
// Each round hides at least one more non-empty cell, so it ends; hiding all of them is always safe.

export type TSuppressionReason = 'too-few' | 'secondary' | 'not-published'

export type TCellStatus = { shown: true; n: number } | { shown: false; reason: TSuppressionReason }

export interface TSuppressionResult {
  status: Map<TCellId, TCellStatus>
  /** Rank tests run (0 on a plain hierarchy, where the local rule is proved sufficient). */
  rankRounds: number
}

export interface TSuppressionOptions {
  /** Force the rank test even on a plain hierarchy (the tests do). */
  verify?: boolean
}

/**
 * A plain hierarchy: no cell is the total of two equations or a part of two, and no cell is its own
 * ancestor. Its equations then form a forest, which the proof of the local rule needs.
 */
export function isPlainHierarchy(table: TLinearTable): boolean {
  const asTotal = new Set<TCellId>()
  const up = new Map<TCellId, TCellId>()
  for (const eq of table.equations) {
    if (asTotal.has(eq.total)) return false
    asTotal.add(eq.total)
    for (const p of eq.parts) {
      if (up.has(p)) return false
      up.set(p, eq.total)
    }
  }
  for (const start of up.keys()) {
    const seen = new Set<TCellId>()
    for (let at: TCellId | undefined = start; at !== undefined; at = up.get(at)) {
      if (seen.has(at)) return false
      seen.add(at)
    }
  }
  return true
}

/** The cheapest cell to hide next: fewest respondents, a part before the total, then by id. */
function pickCandidate(cells: TCell[], totalId: TCellId | null): TCell | undefined {
  return [...cells].sort((a, b) => a.n - b.n || Number(a.id === totalId) - Number(b.id === totalId) || (a.id < b.id ? -1 : 1))[0]
}

export function suppress(table: TLinearTable, threshold: number, options: TSuppressionOptions = {}): TSuppressionResult {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError('threshold must be a positive integer')
  const byId = checkTable(table)
  const hidden = new Map<TCellId, TSuppressionReason>()
  for (const cell of table.cells) {
    if (cell.n === 0) continue // nothing to protect, and known from the response rates
    if (cell.n < threshold) hidden.set(cell.id, 'too-few')
    else if (cell.publishable === false) hidden.set(cell.id, 'not-published')
  }
  // A never-published cell with enough respondents may be computable: it needs no protection.
  const isProtected = (id: TCellId) => hidden.get(id) !== 'not-published'
  const shownNonEmpty = (ids: TCellId[]) => ids.map((id) => byId.get(id)!).filter((c) => c.n > 0 && !hidden.has(c.id))

  const localRule = () => {
    for (let changed = true; changed; ) {
      changed = false
      for (const eq of table.equations) {
        const members = [eq.total, ...eq.parts]
        const hiddenHere = members.filter((id) => hidden.has(id))
        if (hiddenHere.length !== 1 || !isProtected(hiddenHere[0]!)) continue
        const next = pickCandidate(shownNonEmpty(members), eq.total)
        // None left means every other cell is empty, so the hidden one is empty too: impossible here.
        if (!next) throw new SuppressionTableError('an equation with one non-empty cell')
        hidden.set(next.id, 'secondary')
        changed = true
      }
    }
  }

  localRule()
  let rankRounds = 0
  // A never-published cell left alone in an equation is computable; that is harmless for itself but
  // acts like a shown cell for its neighbours, which the local rule does not see: test exactly.
  const unpublished = [...hidden.values()].includes('not-published')
  if (options.verify || unpublished || !isPlainHierarchy(table)) {
    for (;;) {
      rankRounds++
      const exposed = [...determinedCells(table, new Set(hidden.keys()))].filter(isProtected)
      if (exposed.length === 0) break
      for (const id of exposed) hideBeside(table, id, hidden, shownNonEmpty)
      localRule()
    }
  }

  const status = new Map<TCellId, TCellStatus>()
  for (const cell of table.cells) {
    const reason = hidden.get(cell.id)
    status.set(cell.id, reason ? { shown: false, reason } : { shown: true, n: cell.n })
  }
  return { status, rankRounds }
}

/** Hides one more shown cell in an equation of the exposed cell, or failing that, of its component. */
function hideBeside(
  table: TLinearTable,
  id: TCellId,
  hidden: Map<TCellId, TSuppressionReason>,
  shownNonEmpty: (ids: TCellId[]) => TCell[],
) {
  if (hidden.get(id) === undefined) return
  const reach = new Set([id])
  for (let grew = true; grew; ) {
    grew = false
    for (const eq of table.equations) {
      const members = [eq.total, ...eq.parts]
      if (!members.some((m) => reach.has(m))) continue
      const next = pickCandidate(shownNonEmpty(members), eq.total)
      if (next) {
        hidden.set(next.id, 'secondary')
        return
      }
      for (const m of members) {
        if (!hidden.has(m) || reach.has(m)) continue
        reach.add(m)
        grew = true
      }
    }
  }
}

/**
 * Wave against change: a change T2 − T1 is shown only where both waves' cells are shown. Then it is
 * computed from shown figures and adds no equation; shown beside one hidden wave it would be one
 * (T2 = T1 + change) and give the hidden wave away.
 */
export function changeShown(earlier: { shown: boolean } | undefined, later: { shown: boolean } | undefined): boolean {
  return earlier?.shown === true && later?.shown === true
}
