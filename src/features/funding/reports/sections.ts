import { totals, type TFundingReport } from '../summary'
import { kindLabel, type TReportLabels } from './labels'

/**
 * The tables of the yearly report, written once for both formats so the spreadsheet and the PDF
 * cannot disagree about a header, a row or a sum. Values stay raw (øre, dates, hundredths of
 * hours): the sheet wants numbers and dates it can calculate with, the PDF text for the reader's
 * locale, so how a value looks is left to each renderer.
 */

export type TColumnKind = 'text' | 'kroner' | 'date' | 'hours' | 'flag'

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

/** By column kind: text a string, kroner øre as bigint, date a Date, hours hundredths, flag a boolean. */
export type TCell = string | bigint | Date | number | boolean | null | typeof NOT_APPLICABLE

export interface TReportSection {
  /** The PDF's heading over the table and the name of its sheet. */
  title: string
  columns: TReportColumn[]
  rows: TCell[][]
  total?: TCell[]
  note?: string
}

/**
 * The per-recipient summary comes first (the spreadsheet puts it under the facts of the year on
 * its summary sheet), then the awards, spending and co-financing lists.
 */
export function reportSections(report: TFundingReport, labels: TReportLabels): [TReportSection, ...TReportSection[]] {
  const sums = totals(report.rows)
  return [
    {
      title: labels.perRecipientHeading,
      columns: [
        { header: labels.recipient, kind: 'text', weight: 2.1 },
        { header: labels.role, kind: 'text' },
        { header: labels.allocated, kind: 'kroner', weight: 1.3 },
        { header: labels.awarded, kind: 'kroner', weight: 1.3 },
        { header: labels.spent, kind: 'kroner', weight: 1.3 },
        { header: labels.remaining, kind: 'kroner', weight: 1.3 },
        { header: labels.coFinanced, kind: 'kroner', weight: 1.3 },
        { header: labels.requiredCoFinancing, kind: 'kroner', weight: 1.3 },
        { header: labels.belowRequirement, kind: 'flag' },
      ],
      // UH partners have no co-financing duty; a 0 or «No» there would suggest they had one and met it.
      rows: report.rows.map((r) => [
        r.recipientName,
        r.isOwner ? labels.roleOwner : labels.roleUh,
        r.allocatedOre,
        r.awardedOre,
        r.spentOre,
        r.remainingOre,
        r.isOwner ? r.coFinancedOre : NOT_APPLICABLE,
        r.isOwner ? r.requiredCoFinancingOre : NOT_APPLICABLE,
        r.isOwner ? r.belowCoFinancing : NOT_APPLICABLE,
      ]),
      total: [
        labels.sum,
        null,
        sums.allocatedOre,
        sums.awardedOre,
        sums.spentOre,
        sums.remainingOre,
        sums.coFinancedOre,
        sums.requiredCoFinancingOre,
        null,
      ],
      note: labels.remainingNote,
    },
    {
      title: labels.awardsHeading,
      columns: [
        { header: labels.recipient, kind: 'text', weight: 4 },
        { header: labels.date, kind: 'date', weight: 1.4 },
        { header: labels.amount, kind: 'kroner', weight: 1.6 },
      ],
      rows: report.awards.map((a) => [a.recipientName, a.awardedOn, a.amountOre]),
      total: [labels.sum, null, sumOf(report.awards)],
    },
    {
      title: labels.spendingHeading,
      columns: [
        { header: labels.date, kind: 'date', weight: 1.2 },
        { header: labels.recipient, kind: 'text', weight: 2 },
        { header: labels.measure, kind: 'text', weight: 2 },
        { header: labels.description, kind: 'text', weight: 4 },
        { header: labels.amount, kind: 'kroner', weight: 1.4 },
      ],
      rows: report.spendings.map((s) => [s.spentOn, s.recipientName, s.measureTitle, s.description, s.amountOre]),
      total: [labels.sum, null, null, null, sumOf(report.spendings)],
    },
    {
      title: labels.coFinancingHeading,
      columns: [
        { header: labels.owner, kind: 'text', weight: 2 },
        { header: labels.kind, kind: 'text', weight: 1.5 },
        { header: labels.hours, kind: 'hours', weight: 0.8 },
        { header: labels.hourlyRate, kind: 'kroner', weight: 1.2 },
        { header: labels.amount, kind: 'kroner', weight: 1.4 },
        { header: labels.description, kind: 'text', weight: 3.5 },
      ],
      rows: report.coFinancings.map((c) => [c.ownerName, kindLabel(labels, c.kind), c.hoursCenti, c.hourlyRateOre, c.amountOre, c.description]),
      total: [labels.sum, null, null, null, sumOf(report.coFinancings), null],
    },
  ]
}

const sumOf = (rows: { amountOre: bigint }[]) => rows.reduce((a, r) => a + r.amountOre, 0n)

/** How one renderer shows each kind of value, and the two kinds of empty cell. */
export interface TCellFormats<T> {
  text: (text: string) => T
  kroner: (ore: bigint) => T
  date: (date: Date) => T
  hours: (hoursCenti: number) => T
  flag: (flag: boolean) => T
  empty: T
  notApplicable: T
}

/**
 * Text may stand in any column, since a totals row puts its label in the first one, whatever that
 * column holds. Any other value must be of its column's kind: a bigint shown as hours, or a count
 * as kroner, would print a plausible wrong figure, so a mix-up in `reportSections` throws instead.
 */
export function formatCell<T>(column: TReportColumn, value: TCell, formats: TCellFormats<T>): T {
  if (value === null) return formats.empty
  if (value === NOT_APPLICABLE) return formats.notApplicable
  if (typeof value === 'string') return formats.text(value)
  if (column.kind === 'kroner' && typeof value === 'bigint') return formats.kroner(value)
  if (column.kind === 'date' && value instanceof Date) return formats.date(value)
  if (column.kind === 'hours' && typeof value === 'number') return formats.hours(value)
  if (column.kind === 'flag' && typeof value === 'boolean') return formats.flag(value)
  throw new TypeError(`A ${typeof value} in the ${column.kind} column «${column.header}»`)
}
