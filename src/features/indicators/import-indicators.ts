import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import type { TPlannedCell, TReadResult } from './cells'
import { readJsonStat } from './json-stat'
import { readUdirExport } from './udir-export'

/**
 * The import shared by the page, the CLI and the live SSB download: a file read by its shape
 * (a json-stat2 dataset from SSB, else a Udir statistics bank export), every cell checked first,
 * and only then, in one transaction, the same indicators' values for the same levels and years
 * replaced and an import row written. A bad file changes nothing, a failure half-way rolls back to
 * the previous data, and importing a period again gives the same rows (ADR 042).
 */

export type TError = { line: number; code: string; values?: Record<string, string> }
export type TIndicatorPlan = Extract<TReadResult, { ok: true }> & { fileName: string; years: number[] }
export type TIndicatorSummary = { cells: number; values: number; suppressed: number; missing: number; indicators: number; years: number }

/** A file as SSB json-stat2 (a JSON object with `class: "dataset"`) or as a Udir export. */
export function readIndicatorFile(fileName: string, text: string): TReadResult {
  const body = text.replace(/^\uFEFF/, '').trimStart()
  if (body.startsWith('{')) return readJsonStat(body)
  return readUdirExport(fileName, body)
}

/** The file read and its cells checked against each other: one cell per indicator, level, area, year and breakdown. */
export function planIndicatorFile(fileName: string, text: string): { ok: true; plan: TIndicatorPlan } | { ok: false; errors: TError[] } {
  const read = readIndicatorFile(fileName, text)
  if (!read.ok) return read
  if (read.cells.length === 0) return { ok: false, errors: [{ line: 1, code: 'empty' }] }
  const seen = new Map<string, number>()
  const errors: TError[] = []
  for (const cell of read.cells) {
    const key = [cell.indicatorCode, cell.level, cell.areaCode, cell.year, cell.breakdown].join('|')
    const first = seen.get(key)
    if (first !== undefined) errors.push({ line: cell.line, code: 'duplicateCell', values: { first: String(first), value: `${cell.areaCode} ${cell.year}` } })
    else seen.set(key, cell.line)
  }
  if (errors.length) return { ok: false, errors }
  const years = [...new Set(read.cells.map((c) => c.year))].sort()
  return { ok: true, plan: { ...read, fileName, years } }
}

export function summarise(cells: TPlannedCell[]): TIndicatorSummary {
  return {
    cells: cells.length,
    values: cells.filter((c) => c.status === 'VALUE').length,
    suppressed: cells.filter((c) => c.status === 'SUPPRESSED').length,
    missing: cells.filter((c) => c.status === 'MISSING' || c.status === 'NOT_APPLICABLE').length,
    indicators: new Set(cells.map((c) => c.indicatorCode)).size,
    years: new Set(cells.map((c) => c.year)).size,
  }
}

/** The ids of the areas the cells name that the register knows (counties, municipalities, units). */
async function areaIds(tx: Tx, cells: TPlannedCell[]) {
  const codes = (level: TPlannedCell['level']) => [...new Set(cells.filter((c) => c.level === level).map((c) => c.areaCode))]
  const [counties, municipalities, units] = await Promise.all([
    tx.county.findMany({ where: { number: { in: codes('COUNTY') } }, select: { id: true, number: true } }),
    tx.municipality.findMany({ where: { number: { in: codes('MUNICIPALITY') } }, select: { id: true, number: true } }),
    tx.unit.findMany({ where: { orgNumber: { in: codes('SCHOOL') } }, select: { id: true, orgNumber: true } }),
  ])
  return {
    COUNTY: new Map(counties.map((c) => [c.number, c.id])),
    MUNICIPALITY: new Map(municipalities.map((m) => [m.number, m.id])),
    SCHOOL: new Map(units.map((u) => [u.orgNumber, u.id])),
  }
}

/** Each indicator the cells name, created or brought up to date (its breakdown labels merged); its id by code. */
async function upsertIndicators(tx: Tx, plan: TIndicatorPlan): Promise<Map<string, string>> {
  const byCode = new Map<string, { first: TPlannedCell; labels: Record<string, string> }>()
  for (const cell of plan.cells) {
    const entry = byCode.get(cell.indicatorCode) ?? { first: cell, labels: {} }
    if (cell.breakdown) entry.labels[cell.breakdown] = cell.breakdownLabel
    byCode.set(cell.indicatorCode, entry)
  }
  const existing = await tx.indicator.findMany({ where: { code: { in: [...byCode.keys()] } }, select: { code: true, breakdownLabels: true } })
  const known = new Map(existing.map((e) => [e.code, (e.breakdownLabels ?? {}) as Record<string, string>]))
  const ids = new Map<string, string>()
  for (const [code, { first, labels }] of byCode) {
    const fields = {
      name: first.indicatorName,
      unitLabel: first.unitLabel,
      decimals: first.decimals,
      headlineBreakdown: first.headlineBreakdown,
      breakdownLabels: { ...known.get(code), ...labels },
    }
    const row = await tx.indicator.upsert({
      where: { code },
      // Less is better where the indicator counts something bad (bullying, "mobbing").
      create: { code, source: plan.source, tableId: plan.tableId, higherIsBetter: !/mobb/i.test(first.indicatorName), ...fields },
      update: fields,
      select: { id: true },
    })
    ids.set(code, row.id)
  }
  return ids
}

/**
 * Writes a checked plan: the values of its indicators for its areas, levels and years are replaced
 * by its cells (so a period imported twice ends as it was after the first), under one import row. The
 * caller's transaction holds it all; its audit row too.
 */
export async function writeIndicatorPlan(tx: Tx, plan: TIndicatorPlan, importedById: string | null): Promise<TIndicatorSummary & { importId: string }> {
  const indicatorIds = await upsertIndicators(tx, plan)
  const areas = await areaIds(tx, plan.cells)
  const created = await tx.indicatorImport.create({
    data: { source: plan.source, tableId: plan.tableId, fileName: plan.fileName.slice(0, 200), years: plan.years, cellCount: plan.cells.length, importedById },
    select: { id: true },
  })
  // Replaced: the cells of the areas the file names, for its indicators, levels and years; a file
  // with one county's rows leaves the other counties as they were.
  const groups = new Map<string, { indicatorId: string; level: TPlannedCell['level']; year: number; areaCodes: Set<string> }>()
  for (const c of plan.cells) {
    const key = `${c.indicatorCode}|${c.level}|${c.year}`
    const group = groups.get(key) ?? { indicatorId: indicatorIds.get(c.indicatorCode)!, level: c.level, year: c.year, areaCodes: new Set<string>() }
    group.areaCodes.add(c.areaCode)
    groups.set(key, group)
  }
  await tx.indicatorValue.deleteMany({ where: { OR: [...groups.values()].map((g) => ({ indicatorId: g.indicatorId, level: g.level, year: g.year, areaCode: { in: [...g.areaCodes] } })) } })
  const rows = plan.cells.map((c) => ({
    indicatorId: indicatorIds.get(c.indicatorCode)!,
    level: c.level,
    areaCode: c.areaCode,
    areaName: c.areaName,
    countyId: c.level === 'COUNTY' ? (areas.COUNTY.get(c.areaCode) ?? null) : null,
    municipalityId: c.level === 'MUNICIPALITY' ? (areas.MUNICIPALITY.get(c.areaCode) ?? null) : null,
    unitId: c.level === 'SCHOOL' ? (areas.SCHOOL.get(c.areaCode) ?? null) : null,
    year: c.year,
    breakdown: c.breakdown,
    status: c.status,
    marker: c.marker,
    valueMilli: c.valueMilli,
    stdDevMilli: c.stdDevMilli,
    respondents: c.respondents,
    importId: created.id,
  }))
  for (let i = 0; i < rows.length; i += 5000) await tx.indicatorValue.createMany({ data: rows.slice(i, i + 5000) })
  return { ...summarise(plan.cells), importId: created.id }
}

/** File → plan → one transaction with its audit row; for the CLI and tests (the page goes through its use case). */
export async function importIndicatorFile(db: Db, fileName: string, text: string, options: { importedById?: string | null } = {}) {
  const planned = planIndicatorFile(fileName, text)
  if (!planned.ok) return planned
  const summary = await db.$transaction(
    async (tx) => {
      const written = await writeIndicatorPlan(tx, planned.plan, options.importedById ?? null)
      await tx.auditLog.create({ data: { action: 'indicator.import', entity: 'IndicatorImport', entityId: written.importId, data: { ...written, file: fileName } } })
      return written
    },
    { timeout: 120_000 },
  )
  return { ok: true as const, summary }
}
