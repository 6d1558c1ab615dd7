import { z } from 'zod'
import { levelOfRegion, readCell, slug, type TPlannedCell, type TReadResult } from './cells'

/**
 * Reads a json-stat2 dataset as SSB's PxWebApi v2 returns it (`/tables/{id}/data?outputFormat=json-stat2`):
 * `id` and `size` name the dimensions in row-major order, each dimension's `category.index` maps a
 * code to its position, `value` is the flat array (null where there is no number) and `status`
 * (an array, or an object keyed by the flat index) holds the markers `.`, `..` and `:`. The region
 * dimension (role `geo`, else `Region`), the time dimension (role `time`, else `Tid`) and the
 * contents dimension (role `metric`, else `ContentsCode`) place a cell; every other dimension
 * (gender, income decile) is its breakdown. Cells are numbered from 1 in the flat order.
 */

const ZCategory = z.object({
  index: z.union([z.record(z.string(), z.number().int().nonnegative()), z.array(z.string())]),
  label: z.record(z.string(), z.string()).optional(),
  unit: z.record(z.string(), z.object({ base: z.string().optional(), decimals: z.number().int().optional() })).optional(),
})

const ZDataset = z.object({
  class: z.literal('dataset'),
  version: z.string().optional(),
  label: z.string().optional(),
  id: z.array(z.string()).min(1),
  size: z.array(z.number().int().nonnegative()).min(1),
  dimension: z.record(z.string(), z.object({ label: z.string().optional(), category: ZCategory })),
  value: z.union([z.array(z.union([z.number(), z.null()])), z.record(z.string(), z.union([z.number(), z.null()]))]),
  status: z.union([z.array(z.union([z.string(), z.null()])), z.record(z.string(), z.string()), z.string()]).optional(),
  role: z.object({ time: z.array(z.string()).optional(), geo: z.array(z.string()).optional(), metric: z.array(z.string()).optional() }).optional(),
  extension: z.object({ px: z.object({ tableid: z.string().optional(), decimals: z.number().int().optional() }).optional() }).optional(),
})
type TDataset = z.infer<typeof ZDataset>
type TError = { line: number; code: string; values?: Record<string, string> }

/** Each dimension's codes in index order. */
function codesOf(dataset: TDataset, name: string): string[] {
  const index = dataset.dimension[name]!.category.index
  if (Array.isArray(index)) return index
  const codes: string[] = []
  for (const [code, i] of Object.entries(index)) codes[i] = code
  return codes
}

/** The dimension with `role`, else the one by its usual SSB name. */
function roleOf(dataset: TDataset, role: 'time' | 'geo' | 'metric', fallback: string): string | undefined {
  return dataset.role?.[role]?.[0] ?? (dataset.id.includes(fallback) ? fallback : undefined)
}

/** The table's number: the px extension's, else the `07495: …` prefix of the label. */
function tableIdOf(dataset: TDataset): string | undefined {
  return dataset.extension?.px?.tableid ?? dataset.label?.match(/^(\d{5})\s*:/)?.[1]
}

function statusAt(dataset: TDataset, i: number): string | null {
  const status = dataset.status
  if (status === undefined) return null
  if (typeof status === 'string') return status
  if (Array.isArray(status)) return status[i] ?? null
  return status[String(i)] ?? null
}

/** The dataset's shape checked: roles found, sizes matching the categories and the value array. */
function checkShape(dataset: TDataset): { errors: TError[]; geo?: string; time?: string; metric?: string } {
  const geo = roleOf(dataset, 'geo', 'Region')
  const time = roleOf(dataset, 'time', 'Tid')
  const metric = roleOf(dataset, 'metric', 'ContentsCode')
  const errors: TError[] = []
  if (!geo || !time || !metric) errors.push({ line: 1, code: 'jsonStatRoles' })
  if (dataset.id.length !== dataset.size.length || dataset.id.some((d) => !dataset.dimension[d])) errors.push({ line: 1, code: 'jsonStatSize' })
  else if (dataset.id.some((d, k) => codesOf(dataset, d).length !== dataset.size[k])) errors.push({ line: 1, code: 'jsonStatSize' })
  if (!tableIdOf(dataset)) errors.push({ line: 1, code: 'jsonStatTable' })
  return { errors, geo, time, metric }
}

/** A json-stat2 file's cells, or every problem: the shape first, then each cell by its number. */
export function readJsonStat(text: string): TReadResult {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, errors: [{ line: 1, code: 'json' }] }
  }
  const parsed = ZDataset.safeParse(json)
  if (!parsed.success) return { ok: false, errors: [{ line: 1, code: 'jsonStatShape', values: { value: parsed.error.issues[0]!.path.join('.') || 'class' } }] }
  const dataset = parsed.data
  const shape = checkShape(dataset)
  if (shape.errors.length) return { ok: false, errors: shape.errors }
  const count = dataset.size.reduce((a, b) => a * b, 1)
  const values = Array.isArray(dataset.value) ? dataset.value : Array.from({ length: count }, (_, i) => (dataset.value as Record<string, number | null>)[String(i)] ?? null)
  if (values.length !== count) return { ok: false, errors: [{ line: 1, code: 'jsonStatSize' }] }
  return cellsOf(dataset, values, shape as Required<typeof shape>)
}

/** Walks the flat array in row-major order, each cell named by its dimension codes. */
function cellsOf(dataset: TDataset, values: (number | null)[], roles: { geo: string; time: string; metric: string }): TReadResult {
  const codes = dataset.id.map((d) => codesOf(dataset, d))
  const tableId = tableIdOf(dataset)!
  const cells: TPlannedCell[] = []
  const errors: TError[] = []
  for (let i = 0; i < values.length; i++) {
    const at: Record<string, string> = {}
    let rest = i
    for (let k = dataset.id.length - 1; k >= 0; k--) {
      at[dataset.id[k]!] = codes[k]![rest % dataset.size[k]!]!
      rest = Math.floor(rest / dataset.size[k]!)
    }
    const where = dataset.id.map((d) => `${d}=${at[d]}`).join(', ')
    const level = levelOfRegion(at[roles.geo]!)
    const year = Number(at[roles.time]!.slice(0, 4))
    const state = values[i] === null ? readCell(statusAt(dataset, i) ?? '') : readCell(values[i])
    if (!level) errors.push({ line: i + 1, code: 'cellRegion', values: { value: where } })
    else if (!Number.isInteger(year) || year < 1990 || year > 2100) errors.push({ line: i + 1, code: 'cellYear', values: { value: where } })
    else if (!state) errors.push({ line: i + 1, code: 'cellValue', values: { value: where } })
    else cells.push(cellFrom(dataset, roles, at, { line: i + 1, level, year, state, tableId }))
  }
  return errors.length ? { ok: false, errors } : { ok: true, source: 'SSB', tableId, cells }
}

function cellFrom(
  dataset: TDataset,
  roles: { geo: string; time: string; metric: string },
  at: Record<string, string>,
  c: { line: number; level: TPlannedCell['level']; year: number; state: NonNullable<ReturnType<typeof readCell>>; tableId: string },
): TPlannedCell {
  const contents = at[roles.metric]!
  const metric = dataset.dimension[roles.metric]!.category
  const region = at[roles.geo]!
  // A dimension asked for with one value only (Kjonn=0 "both genders") says nothing: left out.
  const split = dataset.id.filter((d, k) => d !== roles.geo && d !== roles.time && d !== roles.metric && dataset.size[k]! > 1)
  const breakdown = split.map((d) => `${d}=${at[d]}`).sort().join(';')
  // The row the views show first: each breakdown dimension at its first category (SSB lists the total first).
  const headlineBreakdown = split.map((d) => `${d}=${codesOf(dataset, d)[0]}`).sort().join(';')
  return {
    line: c.line,
    indicatorCode: `ssb-${c.tableId}-${slug(contents)}`,
    indicatorName: metric.label?.[contents] ?? contents,
    unitLabel: metric.unit?.[contents]?.base ?? '',
    decimals: metric.unit?.[contents]?.decimals ?? dataset.extension?.px?.decimals ?? 1,
    level: c.level,
    areaCode: c.level === 'NATIONAL' ? '0' : region,
    areaName: dataset.dimension[roles.geo]!.category.label?.[region] ?? '',
    year: c.year,
    breakdown,
    headlineBreakdown,
    breakdownLabel: split.map((d) => dataset.dimension[d]!.category.label?.[at[d]!] ?? at[d]).join(', '),
    ...c.state,
    stdDevMilli: null,
    respondents: null,
  }
}
