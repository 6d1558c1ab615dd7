import { ALL, hierarchyTable, type THierarchyNode } from '../suppression/table'
import { suppress, type TSuppressionReason } from '../suppression/suppress'
import { thresholdFor, type TSuppressionSettings } from '../suppression/thresholds'
import type { TAnswerValues, TIndicator, TInstrumentContent } from '../instruments/schemas'
import { addTotals, addToTotals, emptyTotals, indicatorValue, type TIndicatorTotals } from './indicators'

// A closed wave's results for one informant group: per unit, per owner and for the partnership,
// each indicator's mean (or share), n and distribution — with small-group and secondary
// suppression applied over the whole wave's table at once, before anything is filtered for a
// viewer (a viewer sees a subset of one safe table, never a table of its own; ADR 024).

export type TCellResult =
  | { shown: true; n: number; mean: number; sd: number; distribution: number[] }
  | { shown: false; reason: TSuppressionReason | 'no-answers' }

export interface TIndicatorResult {
  key: string
  kind: TIndicator['kind']
  threshold: number
  /** By cell: 'partnership', `owner:<id>`, `unit:<id>`. */
  cells: Map<string, TCellResult>
}

export interface TWaveShape {
  owners: { ownerId: string; unitIds: string[] }[]
}

export const PARTNERSHIP_CELL = 'partnership'
export const ownerCell = (id: string) => `owner:${id}`
export const unitCell = (id: string) => `unit:${id}`

export function computeWaveResults(content: TInstrumentContent, settings: TSuppressionSettings, shape: TWaveShape, answers: { unitId: string; values: TAnswerValues }[]): TIndicatorResult[] {
  return content.indicators.map((indicator) => {
    const perUnit = new Map<string, TIndicatorTotals>()
    for (const { unitIds } of shape.owners) for (const u of unitIds) perUnit.set(u, emptyTotals(indicator))
    for (const answer of answers) {
      const totals = perUnit.get(answer.unitId)
      if (totals) addToTotals(totals, indicator, indicatorValue(content, indicator, answer.values))
    }
    const totals = new Map<string, TIndicatorTotals>()
    const root = emptyTotals(indicator)
    for (const { ownerId, unitIds } of shape.owners) {
      const owner = emptyTotals(indicator)
      for (const u of unitIds) {
        totals.set(unitCell(u), perUnit.get(u)!)
        addTotals(owner, perUnit.get(u)!)
      }
      totals.set(ownerCell(ownerId), owner)
      addTotals(root, owner)
    }
    totals.set(PARTNERSHIP_CELL, root)

    const tree: THierarchyNode = {
      id: PARTNERSHIP_CELL,
      children: shape.owners.map(({ ownerId, unitIds }) => ({
        id: ownerCell(ownerId),
        children: unitIds.map((u) => ({ id: unitCell(u), counts: { [ALL]: perUnit.get(u)!.n } })),
      })),
    }
    const threshold = thresholdFor(settings, indicator.key)
    const { status } = suppress(hierarchyTable(tree, [ALL]), threshold)
    const cells = new Map<string, TCellResult>()
    for (const [id, t] of totals) {
      const s = status.get(id)
      if (t.n === 0) cells.set(id, { shown: false, reason: 'no-answers' })
      else if (!s || !s.shown) cells.set(id, { shown: false, reason: s && !s.shown ? s.reason : 'too-few' })
      else cells.set(id, { shown: true, n: t.n, mean: t.sum / t.n, sd: spread(t), distribution: t.distribution })
    }
    return { key: indicator.key, kind: indicator.kind, threshold, cells }
  })
}

/** The sample standard deviation (0 for a single respondent). */
function spread(t: TIndicatorTotals): number {
  if (t.n < 2) return 0
  return Math.sqrt(Math.max(0, (t.sumSq - (t.sum * t.sum) / t.n) / (t.n - 1)))
}
