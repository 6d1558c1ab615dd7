import { ALL, hierarchyTable, type THierarchyNode } from '../suppression/table'
import { suppress, type TSuppressionReason } from '../suppression/suppress'
import { thresholdFor, type TSuppressionSettings } from '../suppression/thresholds'
import type { TAnswerValues, TIndicator, TInstrumentContent } from '../instruments/schemas'
import { addTotals, addToTotals, emptyTotals, indicatorValue, type TIndicatorTotals } from './indicators'

// A closed wave's results for one informant group: per class, unit, owner and for the partnership,
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
  /** By cell: 'partnership', `owner:<id>`, `unit:<id>`, `class:<id>` (the unclassed remainder is never a result). */
  cells: Map<string, TCellResult>
}

export interface TWaveShape {
  owners: { ownerId: string; unitIds: string[] }[]
  /** Per unit, the classes with codes in the wave (a class with answers is added from the answers). */
  classes?: Record<string, string[]>
}

export interface TWaveAnswer {
  unitId: string
  classId?: string | null
  values: TAnswerValues
}

export const PARTNERSHIP_CELL = 'partnership'
export const ownerCell = (id: string) => `owner:${id}`
export const unitCell = (id: string) => `unit:${id}`
export const classCell = (id: string) => `class:${id}`
/** A school's answers that belong to no class: a part of the school's cell, never shown itself. */
export const unclassedCell = (unitId: string) => `unclassed:${unitId}`

/** Each unit's classes: those of the shape and those the answers name, in the shape's order first. */
function classesOf(shape: TWaveShape, answers: TWaveAnswer[]): Map<string, string[]> {
  const byUnit = new Map<string, string[]>()
  for (const [unitId, ids] of Object.entries(shape.classes ?? {})) byUnit.set(unitId, [...new Set(ids)])
  for (const a of answers) {
    if (!a.classId) continue
    const list = byUnit.get(a.unitId) ?? []
    if (!list.includes(a.classId)) byUnit.set(a.unitId, [...list, a.classId])
  }
  return byUnit
}

/** Totals per leaf cell (class, unclassed remainder, or a unit without classes) for one indicator. */
function leafTotals(content: TInstrumentContent, indicator: TIndicator, shape: TWaveShape, classes: Map<string, string[]>, answers: TWaveAnswer[]) {
  const leaves = new Map<string, TIndicatorTotals>()
  for (const { unitIds } of shape.owners)
    for (const u of unitIds) {
      const own = classes.get(u) ?? []
      if (own.length === 0) leaves.set(unitCell(u), emptyTotals(indicator))
      else for (const id of [...own.map(classCell), unclassedCell(u)]) leaves.set(id, emptyTotals(indicator))
    }
  for (const answer of answers) {
    const hasClasses = (classes.get(answer.unitId)?.length ?? 0) > 0
    const leaf = !hasClasses ? unitCell(answer.unitId) : answer.classId ? classCell(answer.classId) : unclassedCell(answer.unitId)
    const totals = leaves.get(leaf)
    if (totals) addToTotals(totals, indicator, indicatorValue(content, indicator, answer.values))
  }
  return leaves
}

/**
 * The tree partnership ⊃ owner ⊃ school ⊃ class with every node's totals. A school with classes has
 * its classes and its unclassed remainder as children; the remainder is never published, so it is
 * protected only while it is below the threshold (then a class beside it or the school is hidden
 * too, by the same rules as every other cell), and is harmless to compute once it is not.
 */
function waveTree(indicator: TIndicator, shape: TWaveShape, classes: Map<string, string[]>, leaves: Map<string, TIndicatorTotals>) {
  const totals = new Map<string, TIndicatorTotals>()
  const sum = (ids: string[]) => {
    const t = emptyTotals(indicator)
    for (const id of ids) addTotals(t, totals.get(id) ?? leaves.get(id)!)
    return t
  }
  const leaf = (id: string, publishable = true): THierarchyNode => ({ id, counts: { [ALL]: leaves.get(id)!.n }, publishable })
  const unitNode = (u: string): THierarchyNode => {
    const own = classes.get(u) ?? []
    if (own.length === 0) {
      totals.set(unitCell(u), leaves.get(unitCell(u))!)
      return leaf(unitCell(u))
    }
    const children = [...own.map((c) => leaf(classCell(c))), leaf(unclassedCell(u), false)]
    for (const c of own) totals.set(classCell(c), leaves.get(classCell(c))!)
    totals.set(unitCell(u), sum(children.map((c) => c.id)))
    return { id: unitCell(u), children }
  }
  const tree: THierarchyNode = {
    id: PARTNERSHIP_CELL,
    children: shape.owners.map(({ ownerId, unitIds }) => {
      const children = unitIds.map(unitNode)
      totals.set(ownerCell(ownerId), sum(children.map((c) => c.id)))
      return { id: ownerCell(ownerId), children }
    }),
  }
  totals.set(PARTNERSHIP_CELL, sum(shape.owners.map((o) => ownerCell(o.ownerId))))
  return { tree, totals }
}

export function computeWaveResults(content: TInstrumentContent, settings: TSuppressionSettings, shape: TWaveShape, answers: TWaveAnswer[]): TIndicatorResult[] {
  const classes = classesOf(shape, answers)
  return content.indicators.map((indicator) => {
    const { tree, totals } = waveTree(indicator, shape, classes, leafTotals(content, indicator, shape, classes, answers))
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
