/**
 * A report as a few facts and a list of tables, the shape both the spreadsheet and the PDF
 * renderers draw (./xlsx.ts, ./pdf.ts): the funding report and the forum's recommendation are
 * written once as such a document, so the two formats cannot disagree about a header, a row or a
 * sum. Values stay raw (øre, dates, hundredths of hours): the sheet wants numbers and dates it can
 * calculate with, the PDF text for the reader's locale, so how a value looks is left to each renderer.
 */

export type TColumnKind = 'text' | 'kroner' | 'date' | 'hours' | 'count' | 'flag'

export interface TReportColumn {
  header: string
  kind: TColumnKind
  /** The column's share of the PDF's width; 1 if not given. The sheet sizes columns by content. */
  weight?: number
}

/**
 * A figure that does not apply to the row, such as co-financing for a UH partner. Unlike a value
 * that is merely missing (`null`, e.g. a spending without a measure), the PDF marks it with a dash
 * so the reader does not take it for a zero or an oversight.
 */
export const NOT_APPLICABLE = Symbol('not applicable')

/**
 * By column kind: text a string, kroner øre as bigint, date a Date, hours hundredths, count a whole
 * number, flag a boolean.
 */
export type TCell = string | bigint | Date | number | boolean | null | typeof NOT_APPLICABLE

export interface TReportSection {
  /** The PDF's heading over the table and the name of its sheet. */
  title: string
  columns: TReportColumn[]
  rows: TCell[][]
  total?: TCell[]
  note?: string
}

/** A fact above the tables: a label and a value of one of these kinds. */
export type TReportFact =
  | { label: string; kind: 'text'; value: string }
  | { label: string; kind: 'year'; value: number }
  | { label: string; kind: 'kroner'; value: bigint }
  /** A share in basis points (3000 = 30 %). */
  | { label: string; kind: 'percent'; value: number }
  /** An instant, shown as the wall-clock time in Norway. */
  | { label: string; kind: 'moment'; value: Date }

export interface TTablesReport {
  title: string
  /** The PDF's subject and the first half of every page's footer (before the title). */
  subject: string
  generatedAt: Date
  facts: TReportFact[]
  /** The first table shares the summary sheet with the facts; each other table gets a sheet. */
  sections: [TReportSection, ...TReportSection[]]
  /** Printed under the facts on the summary sheet, e.g. «Beløp i kroner». */
  summaryNote?: string
  /** The PDF's page orientation: landscape for wide tables of amounts. */
  layout?: 'portrait' | 'landscape'
}

/** The fixed texts a renderer needs besides the report's own. */
export interface TTablesLabels {
  summarySheet: string
  yes: string
  no: string
  /** Shown in a table without rows. */
  none: string
  /** Strings are allowed so the spreadsheet can pass its print codes (`&P`, `&N`). */
  pageOf: (page: number | string, pages: number | string) => string
}

/** How one renderer shows each kind of value, and the two kinds of empty cell. */
export interface TCellFormats<T> {
  text: (text: string) => T
  kroner: (ore: bigint) => T
  date: (date: Date) => T
  hours: (hoursCenti: number) => T
  count: (n: number) => T
  flag: (flag: boolean) => T
  empty: T
  notApplicable: T
}

/**
 * Text may stand in any column, since a totals row puts its label in the first one, whatever that
 * column holds. Any other value must be of its column's kind: a bigint shown as hours, or a count
 * as kroner, would print a plausible wrong figure, so a mix-up in a report's sections throws instead.
 */
export function formatCell<T>(column: TReportColumn, value: TCell, formats: TCellFormats<T>): T {
  if (value === null) return formats.empty
  if (value === NOT_APPLICABLE) return formats.notApplicable
  if (typeof value === 'string') return formats.text(value)
  if (column.kind === 'kroner' && typeof value === 'bigint') return formats.kroner(value)
  if (column.kind === 'date' && value instanceof Date) return formats.date(value)
  if (column.kind === 'hours' && typeof value === 'number') return formats.hours(value)
  if (column.kind === 'count' && typeof value === 'number' && Number.isInteger(value)) return formats.count(value)
  if (column.kind === 'flag' && typeof value === 'boolean') return formats.flag(value)
  throw new TypeError(`A ${typeof value} in the ${column.kind} column «${column.header}»`)
}
