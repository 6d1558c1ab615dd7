import 'server-only'
import type { IndicatorLevel, IndicatorSource, IndicatorStatus } from '@/generated/prisma/client'
import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { weightedMean, type TAggregate } from './aggregate'

/**
 * Reads for the indicator views. Indicators are national open data (no tenant key); the readers
 * run inside the request's own transaction (withActorTenants joins it), and every read here is bounded by level and area (a county's municipalities, one partnership's owners, one
 * school), never the whole country's schools, so a page costs a few statements at any scale.
 */

export type TIndicator = {
  id: string
  code: string
  name: string
  source: IndicatorSource
  tableId: string
  unitLabel: string
  decimals: number
  higherIsBetter: boolean
  headlineBreakdown: string
  breakdownLabels: Record<string, string>
}
export type TCell = { status: IndicatorStatus; valueMilli: number | null; respondents: number | null }
export type TSeriesRow = { key: string; label: string; href?: string; kind: 'area' | 'national' | 'aggregate'; cells: Record<number, TCell | TAggregate> }

const indicatorSelect = { id: true, code: true, name: true, source: true, tableId: true, unitLabel: true, decimals: true, higherIsBetter: true, headlineBreakdown: true, breakdownLabels: true } as const

export async function listIndicators(db: Tx): Promise<TIndicator[]> {
  const rows = await db.indicator.findMany({ select: indicatorSelect, orderBy: [{ source: 'asc' }, { name: 'asc' }] })
  return rows.map((r) => ({ ...r, breakdownLabels: (r.breakdownLabels ?? {}) as Record<string, string> }))
}

/** The indicator asked for by code, else the first; null when none is imported. */
export function pickIndicator(indicators: TIndicator[], code: string | undefined): TIndicator | null {
  return indicators.find((i) => i.code === code) ?? indicators[0] ?? null
}

type TValueRow = { level: IndicatorLevel; areaCode: string; areaName: string; year: number; breakdown: string } & TCell
const valueSelect = { level: true, areaCode: true, areaName: true, year: true, breakdown: true, status: true, valueMilli: true, respondents: true } as const

/** One indicator's cells for some areas and breakdowns (one statement). */
export async function indicatorValues(db: Tx, indicatorId: string, where: { levels: IndicatorLevel[]; areaCodes?: string[]; areaPrefix?: string; breakdowns?: string[] }): Promise<TValueRow[]> {
  return db.indicatorValue.findMany({
    where: {
      indicatorId,
      level: { in: where.levels },
      ...(where.areaCodes ? { areaCode: { in: where.areaCodes } } : {}),
      ...(where.areaPrefix ? { OR: [{ level: 'NATIONAL' }, { areaCode: { startsWith: where.areaPrefix } }] } : {}),
      ...(where.breakdowns ? { breakdown: { in: where.breakdowns } } : {}),
    },
    select: valueSelect,
    orderBy: [{ level: 'asc' }, { areaCode: 'asc' }, { year: 'asc' }],
  })
}

/** The last `count` years the cells hold, oldest first. */
export function lastYears(values: { year: number }[], count = 5): number[] {
  return [...new Set(values.map((v) => v.year))].sort((a, b) => a - b).slice(-count)
}

/** Cells grouped into one row per area (national first), each row's cells by year. */
export function seriesByArea(values: TValueRow[], names: Map<string, string>, href?: (v: TValueRow) => string | undefined): TSeriesRow[] {
  const rows = new Map<string, TSeriesRow>()
  for (const v of values) {
    const key = `${v.level}:${v.areaCode}`
    const row = rows.get(key) ?? { key, label: names.get(v.areaCode) || v.areaName || v.areaCode, href: href?.(v), kind: v.level === 'NATIONAL' ? 'national' : 'area', cells: {} }
    row.cells[v.year] = { status: v.status, valueMilli: v.valueMilli, respondents: v.respondents }
    rows.set(key, row)
  }
  return [...rows.values()].sort((a, b) => (a.kind === 'national' ? -1 : b.kind === 'national' ? 1 : a.label.localeCompare(b.label, 'nb')))
}

/** One row per breakdown (income group, gender) for one area. */
export function seriesByBreakdown(values: TValueRow[], labels: Record<string, string>): TSeriesRow[] {
  const rows = new Map<string, TSeriesRow>()
  for (const v of values) {
    const row = rows.get(v.breakdown) ?? { key: v.breakdown, label: labels[v.breakdown] || v.breakdown || '–', kind: 'area', cells: {} }
    row.cells[v.year] = { status: v.status, valueMilli: v.valueMilli, respondents: v.respondents }
    rows.set(v.breakdown, row)
  }
  return [...rows.values()]
}

/** A row combining the areas' cells per year: an n-weighted mean, or withheld with the reason (aggregate.ts). */
export function aggregateRow(key: string, label: string, areas: TSeriesRow[], years: number[]): TSeriesRow {
  const cells: Record<number, TAggregate> = {}
  for (const year of years) {
    const parts = areas.map((a) => a.cells[year] ?? { status: 'MISSING' as const, valueMilli: null, respondents: null })
    cells[year] = weightedMean(parts.map((p) => ('kind' in p ? { status: 'MISSING' as const, valueMilli: null, respondents: null } : p)))
  }
  return { key, label, kind: 'aggregate', cells }
}

export type TImportRow = { id: string; fileName: string; source: IndicatorSource; tableId: string; years: number[]; cellCount: number; importedAt: Date }

/** The latest imports, for those who import (import:indicators); empty for anyone else. */
export async function listIndicatorImports(db: Db, actor: Actor): Promise<TImportRow[]> {
  if (!can(actor, 'import:indicators')) return []
  return withActorTenants(db, actor, (tx) => tx.indicatorImport.findMany({ select: { id: true, fileName: true, source: true, tableId: true, years: true, cellCount: true, importedAt: true }, orderBy: { importedAt: 'desc' }, take: 20 }))
}
