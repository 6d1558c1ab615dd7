import type { IndicatorLevel } from '@/generated/prisma/client'
import { headerKey, readCsv, type TTableRow } from '@/lib/tabular-file'
import { AREA_PATTERN, readCell, slug, type TPlannedCell, type TReadResult } from './cells'

/**
 * Reads an export from Udir's statistics bank (e.g. Elevundersøkelsen, tables 148–151), as CSV
 * (`;` or `,`) or as JSON (an array of records with the same keys). Columns as Udir names them:
 * `EnhetNivaa` (1 national, 2 county, 3 municipality, 4 school), `Fylkekode`, `Kommunekode`,
 * `Organisasjonsnummer`, `Skoleaarnavn` (2023-24), `TrinnKode`, `Indikatornavn` (or `Indikator`),
 * `Score`, `Standardavvik`, `AntallBesvart`; optional `Fylkenavn`, `Kommunenavn`,
 * `Organisasjonsnavn`, `Tabell`. A `*` in any of Score, Standardavvik or AntallBesvart suppresses
 * the whole cell (Udir hides the companions too, even n): nothing of it is kept but the marker.
 */

const COLUMNS = {
  enhetnivaa: 'level',
  fylkekode: 'county',
  kommunekode: 'municipality',
  organisasjonsnummer: 'orgNumber',
  skoleaarnavn: 'schoolYear',
  trinnkode: 'trinn',
  indikatornavn: 'indicator',
  indikator: 'indicator',
  score: 'score',
  standardavvik: 'stdDev',
  antallbesvart: 'respondents',
  fylkenavn: 'countyName',
  kommunenavn: 'municipalityName',
  organisasjonsnavn: 'unitName',
  tabell: 'table',
} as const
type TColumn = (typeof COLUMNS)[keyof typeof COLUMNS]
const REQUIRED: TColumn[] = ['level', 'schoolYear', 'indicator', 'score', 'respondents']
const LEVELS: Record<string, IndicatorLevel> = { '1': 'NATIONAL', '2': 'COUNTY', '3': 'MUNICIPALITY', '4': 'SCHOOL' }

type TError = { line: number; code: string; values?: Record<string, string> }
type TRecord = { line: number; raw: Partial<Record<TColumn, string>> }

/** A Udir export's cells, or every problem by line (CSV) or record (JSON). */
export function readUdirExport(fileName: string, text: string): TReadResult {
  const body = text.replace(/^\uFEFF/, '')
  const isJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(body)
  const records = isJson ? jsonRecords(body) : csvRecords(body)
  if (!records.ok) return records
  const kind = isJson ? 'record' : 'line'
  const errors: TError[] = []
  const cells: TPlannedCell[] = []
  for (const record of records.rows) {
    const cell = readRecord(record, kind, errors)
    if (cell) cells.push(cell)
  }
  if (errors.length) return { ok: false, errors }
  return { ok: true, source: 'UDIR', tableId: records.rows[0]?.raw.table?.trim() || 'elevundersokelsen', cells: withHeadlines(cells) }
}

/** Each indicator's own row: the whole group where the file has it, else its first breakdown in order (trinn=10 before trinn=7). */
function withHeadlines(cells: TPlannedCell[]): TPlannedCell[] {
  const breakdowns = new Map<string, Set<string>>()
  for (const c of cells) breakdowns.set(c.indicatorCode, (breakdowns.get(c.indicatorCode) ?? new Set()).add(c.breakdown))
  const headline = new Map([...breakdowns].map(([code, set]) => [code, set.has('') ? '' : [...set].sort()[0]!]))
  return cells.map((c) => ({ ...c, headlineBreakdown: headline.get(c.indicatorCode)! }))
}

function csvRecords(text: string): { ok: true; rows: TRecord[] } | { ok: false; errors: TError[] } {
  const table = readCsv(text)
  if (!table.ok) return { ok: false, errors: [{ line: table.line, code: table.code === 'fileType' ? 'malformed' : table.code }] }
  const columns = table.header.map((h) => COLUMNS[headerKey(h) as keyof typeof COLUMNS])
  const missing = REQUIRED.filter((c) => !columns.includes(c))
  if (missing.length) return { ok: false, errors: [{ line: 1, code: 'missingColumns', values: { columns: missingNames(missing) } }] }
  return { ok: true, rows: table.rows.map((row: TTableRow) => ({ line: row.line, raw: Object.fromEntries(row.cells.flatMap((v, i): [TColumn, string][] => (columns[i] ? [[columns[i], v]] : []))) })) }
}

function jsonRecords(text: string): { ok: true; rows: TRecord[] } | { ok: false; errors: TError[] } {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, errors: [{ line: 1, code: 'json' }] }
  }
  const list = Array.isArray(json) ? json : null
  if (!list || list.length === 0) return { ok: false, errors: [{ line: 1, code: 'empty' }] }
  const rows: TRecord[] = []
  for (const [i, item] of list.entries()) {
    if (!item || typeof item !== 'object') return { ok: false, errors: [{ line: i + 1, code: 'json' }] }
    const raw: Partial<Record<TColumn, string>> = {}
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      const column = COLUMNS[headerKey(key) as keyof typeof COLUMNS]
      if (column && value !== null && value !== undefined) raw[column] = typeof value === 'string' ? value : JSON.stringify(value)
    }
    rows.push({ line: i + 1, raw })
  }
  const missing = REQUIRED.filter((c) => !(c in rows[0]!.raw))
  if (missing.length) return { ok: false, errors: [{ line: 1, code: 'missingColumns', values: { columns: missingNames(missing) } }] }
  return { ok: true, rows }
}

/** The Udir header names of the missing columns. */
function missingNames(missing: TColumn[]): string {
  return missing.map((c) => Object.keys(COLUMNS).find((k) => COLUMNS[k as keyof typeof COLUMNS] === c)!).join(', ')
}

/** The area code a record's level names: "0", Fylkekode, Kommunekode or Organisasjonsnummer. */
function areaOf(level: IndicatorLevel, raw: TRecord['raw']): { code: string; name: string } {
  if (level === 'NATIONAL') return { code: '0', name: '' }
  if (level === 'COUNTY') return { code: (raw.county ?? '').trim().padStart(2, '0'), name: raw.countyName?.trim() ?? '' }
  if (level === 'MUNICIPALITY') return { code: (raw.municipality ?? '').trim().padStart(4, '0'), name: raw.municipalityName?.trim() ?? '' }
  return { code: (raw.orgNumber ?? '').trim(), name: raw.unitName?.trim() ?? '' }
}

/** One record as a cell, or its problems pushed with its line. */
function readRecord({ line, raw }: TRecord, kind: 'line' | 'record', errors: TError[]): TPlannedCell | null {
  const before = errors.length
  const fail = (code: string, column: string, value = '') => errors.push({ line, code, values: { kind, column, value } })
  const level = LEVELS[(raw.level ?? '').trim()]
  if (!level) fail('rowLevel', 'EnhetNivaa', raw.level)
  const area = level ? areaOf(level, raw) : null
  if (level && area && !AREA_PATTERN[level].test(area.code)) fail('rowArea', level === 'COUNTY' ? 'Fylkekode' : level === 'MUNICIPALITY' ? 'Kommunekode' : 'Organisasjonsnummer', area.code)
  const year = (raw.schoolYear ?? '').trim().match(/^(\d{4})(?:\s*[-/]\s*\d{2,4})?$/)?.[1]
  if (!year) fail('rowYear', 'Skoleaarnavn', raw.schoolYear)
  const indicator = (raw.indicator ?? '').trim()
  if (!indicator || indicator.length > 200) fail('rowIndicator', 'Indikatornavn', raw.indicator)
  const score = readCell(raw.score ?? '')
  const stdDev = raw.stdDev === undefined || raw.stdDev.trim() === '' ? null : readCell(raw.stdDev)
  const respondents = readCell(raw.respondents ?? '')
  if (!score || score.status === 'NOT_APPLICABLE' || score.status === 'MISSING') fail('rowValue', 'Score', raw.score)
  if (raw.stdDev !== undefined && raw.stdDev.trim() !== '' && !stdDev) fail('rowValue', 'Standardavvik', raw.stdDev)
  if (!respondents || (respondents.status === 'VALUE' && (respondents.valueMilli! < 0 || respondents.valueMilli! % 1000 !== 0))) fail('rowCount', 'AntallBesvart', raw.respondents)
  if (errors.length > before) return null
  // Udir's rule: a `*` anywhere in the cell hides all of it.
  const suppressed = [score, stdDev, respondents].some((c) => c?.status === 'SUPPRESSED')
  const trinn = (raw.trinn ?? '').trim()
  return {
    line,
    indicatorCode: `udir-${slug(indicator)}`,
    indicatorName: indicator,
    unitLabel: '',
    decimals: 1,
    level: level!,
    areaCode: area!.code,
    areaName: area!.name,
    year: Number(year),
    breakdown: trinn ? `trinn=${trinn}` : '',
    headlineBreakdown: '',
    breakdownLabel: trinn ? `${trinn}. trinn` : '',
    ...(suppressed
      ? { status: 'SUPPRESSED' as const, marker: '*', valueMilli: null, stdDevMilli: null, respondents: null }
      : { status: 'VALUE' as const, marker: null, valueMilli: score!.valueMilli, stdDevMilli: stdDev?.valueMilli ?? null, respondents: respondents!.valueMilli! / 1000 }),
  }
}
