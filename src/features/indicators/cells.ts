import type { IndicatorLevel, IndicatorSource, IndicatorStatus } from '@/generated/prisma/client'

/**
 * One cell as an import plans it, before it is written: where it came from in the file (`line` is a
 * CSV line, a JSON record's number or a json-stat cell's number, counting from 1), and either a
 * number or the source's marker. Pure data, shared by the SSB and Udir readers.
 */
export interface TPlannedCell {
  line: number
  indicatorCode: string
  indicatorName: string
  unitLabel: string
  decimals: number
  level: IndicatorLevel
  areaCode: string
  areaName: string
  year: number
  breakdown: string
  /** The breakdown the views show as the indicator's own row ("" or the totals). */
  headlineBreakdown: string
  /** The breakdown in the source's words ("Jenter", "Laveste femtedel", "10. trinn"). */
  breakdownLabel: string
  status: IndicatorStatus
  marker: string | null
  valueMilli: number | null
  stdDevMilli: number | null
  respondents: number | null
}

/** What a reader returns: every cell of the file, or every problem with its line or cell. */
export type TReadResult =
  | { ok: true; source: IndicatorSource; tableId: string; cells: TPlannedCell[] }
  | { ok: false; errors: { line: number; code: string; values?: Record<string, string> }[] }

/**
 * The markers the sources write instead of a number, and what each means (SSB: `.` not applicable,
 * `..` not available, `:` confidential; Udir: `*` too few to show). None is ever a 0.
 */
export const MARKERS: Record<string, Exclude<IndicatorStatus, 'VALUE'>> = {
  '*': 'SUPPRESSED',
  ':': 'SUPPRESSED',
  '..': 'MISSING',
  '.': 'NOT_APPLICABLE',
}

export type TCellState = { status: IndicatorStatus; marker: string | null; valueMilli: number | null }

/**
 * A cell's text or number as a state: a marker as it is, a number (comma or point as the decimal
 * sign) × 1000, or null when it is neither (the caller reports it with its line).
 */
export function readCell(raw: unknown): TCellState | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { status: 'VALUE', marker: null, valueMilli: Math.round(raw * 1000) } : null
  if (typeof raw !== 'string') return null
  const text = raw.trim()
  const marked = MARKERS[text]
  if (marked) return { status: marked, marker: text, valueMilli: null }
  if (!/^-?\d{1,9}([.,]\d{1,6})?$/.test(text)) return null
  return { status: 'VALUE', marker: null, valueMilli: Math.round(Number(text.replace(',', '.')) * 1000) }
}

/** Area codes by level: "0" the country, two digits a county, four a municipality, nine an organisation number. */
export const AREA_PATTERN: Record<IndicatorLevel, RegExp> = {
  NATIONAL: /^0$/,
  COUNTY: /^\d{2}$/,
  MUNICIPALITY: /^\d{4}$/,
  SCHOOL: /^\d{9}$/,
}

/** The level an SSB region code stands for, or null for one this platform does not keep (e.g. `EAK`). */
export function levelOfRegion(code: string): IndicatorLevel | null {
  if (code === '0' || code === '00') return 'NATIONAL'
  if (/^\d{2}$/.test(code)) return 'COUNTY'
  if (/^\d{4}$/.test(code)) return 'MUNICIPALITY'
  return null
}

/** A stable key part: lower case, letters and digits, dashes between. */
export const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
