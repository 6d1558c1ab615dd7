import 'server-only'
import ExcelJS, { type Cell, type CellValue, type PaperSize, type Worksheet } from 'exceljs'
import { oreToKroner } from '@/lib/money'
import { OSLO } from '@/lib/oslo-time'
import { formatCell, type TCell, type TCellFormats, type TReportColumn, type TReportSection, type TTablesLabels, type TTablesReport } from './tables'

// Amounts are numbers in kroner so people can sum and chart them; the format lets Excel show them
// with the reader's own separators («1 234 567,50» in Norwegian Excel).
const KRONER = '#,##0.00'
const HOURS = '#,##0.00'
const COUNT = '#,##0'
const A4 = 9 as PaperSize
const BORDER_COLOUR = { argb: 'FF8C8C8C' }
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF2' } }

/**
 * Note: names, descriptions and measure titles are typed by people, and a text that starts like a
 * formula becomes one when a reader edits the cell or saves the sheet as CSV and opens it again
 * (CSV/formula injection). exceljs writes every string as a string cell, so opening the file is
 * safe already; the leading apostrophe keeps the text inert through those later steps as well.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function inertText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/**
 * The report as a workbook (ADR 011): a summary sheet with the title, the facts and the first
 * table; each other table on a sheet of its own, frozen and filterable.
 */
export async function renderTablesXlsx(report: TTablesReport, labels: TTablesLabels, locale: string): Promise<Buffer> {
  const { title } = report
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Samkomp'
  workbook.lastModifiedBy = 'Samkomp'
  workbook.title = title
  workbook.created = report.generatedAt
  workbook.modified = report.generatedAt

  const dateFormat = locale.startsWith('en') ? 'yyyy-mm-dd' : 'dd.mm.yyyy'
  const pageCodes = escapeHeaderFooter(labels.pageOf('\u0001', '\u0002')).replace('\u0001', '&P').replace('\u0002', '&N')
  const footer = `&L${escapeHeaderFooter(`${report.subject} – ${title}`)}&R${pageCodes}`
  // Printed, every sheet is one page wide, with the report's name and page numbers at the foot.
  const sheet = (name: string) =>
    workbook.addWorksheet(sheetName(name, workbook), {
      pageSetup: { paperSize: A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      headerFooter: { oddFooter: footer },
    })
  const values: TCellFormats<CellValue> = {
    text: inertText,
    kroner: oreToKroner,
    date: (date) => date,
    hours: (hoursCenti) => hoursCenti / 100,
    count: (n) => n,
    flag: (flag) => (flag ? labels.yes : labels.no),
    empty: null,
    // Not a dash as in the PDF: text among the numbers would break a reader's arithmetic on the column.
    notApplicable: null,
  }
  const [first, ...lists] = report.sections

  // Summary: the title and the facts, then the first table.
  const summary = sheet(labels.summarySheet)
  // Cells whose text may run on into the empty cells beside it, so they need not widen their column.
  const spills = new Set<string>()
  const spilling = (row: ExcelJS.Row, column = 1) => spills.add(row.getCell(column).address)
  const titleRow = summary.addRow([title])
  titleRow.font = { bold: true, size: 14 }
  spilling(titleRow)
  summary.addRow([])
  for (const fact of report.facts) {
    const [value, numFmt]: [CellValue, string | undefined] =
      fact.kind === 'text'
        ? [inertText(fact.value), undefined]
        : fact.kind === 'year'
          ? [fact.value, '0']
          : fact.kind === 'kroner'
            ? [oreToKroner(fact.value), KRONER]
            : fact.kind === 'percent'
              ? [fact.value / 10_000, fact.value % 100 === 0 ? '0 %' : '0.00 %']
              : [osloWallClock(fact.value), `${dateFormat} hh:mm`]
    const row = summary.addRow([fact.label, value])
    row.getCell(1).font = { bold: true }
    spilling(row, 2)
    if (numFmt) row.getCell(2).numFmt = numFmt
    row.getCell(2).alignment = { horizontal: 'left' }
  }
  if (report.summaryNote) {
    const noteRow = summary.addRow([report.summaryNote])
    noteRow.font = { italic: true }
    spilling(noteRow)
  }
  summary.addRow([])

  const { header } = writeSection(summary, first, values, dateFormat, spills)
  // Freezing at the table's header keeps the facts above it in view too; a frozen pane cannot start lower.
  summary.views = [{ state: 'frozen', xSplit: 1, ySplit: header }]
  summary.pageSetup.printTitlesRow = `${header}:${header}`
  fitColumns(summary, spills)

  for (const section of lists) {
    const list = sheet(section.title)
    const listSpills = new Set<string>()
    const { lastRow } = writeSection(list, section, values, dateFormat, listSpills)
    finishList(list, lastRow, listSpills)
  }

  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/**
 * Writes a header, the rows, a totals row and the note, and returns the row numbers of the header
 * and of the last data row. The totals are values, not SUM formulas: the sheet is a record of the
 * year as it was when generated and must show the same sums as the PDF, which are exact sums of øre.
 */
function writeSection(
  ws: Worksheet,
  section: TReportSection,
  values: TCellFormats<CellValue>,
  dateFormat: string,
  spills: Set<string>,
): { header: number; lastRow: number } {
  const { columns } = section
  const header = ws.addRow(columns.map((c) => c.header))
  header.font = { bold: true }
  header.eachCell((cell, col) => {
    cell.fill = HEADER_FILL
    cell.border = { bottom: { style: 'thin', color: BORDER_COLOUR } }
    cell.alignment = { vertical: 'bottom', wrapText: true, horizontal: isNumeric(columns[col - 1]!) ? 'right' : 'left' }
  })
  const format = (cell: Cell, column: TReportColumn) => {
    if (column.kind === 'kroner') cell.numFmt = KRONER
    if (column.kind === 'hours') cell.numFmt = HOURS
    if (column.kind === 'count') cell.numFmt = COUNT
    if (column.kind === 'date') cell.numFmt = dateFormat
  }
  const addRow = (cells: TCell[]) => ws.addRow(cells.map((value, i) => formatCell(columns[i]!, value, values)))
  for (const cells of section.rows) {
    const row = addRow(cells)
    columns.forEach((column, i) => format(row.getCell(i + 1), column))
  }
  if (section.total) {
    const total = addRow(section.total)
    total.font = { bold: true }
    columns.forEach((column, i) => {
      const cell = total.getCell(i + 1)
      format(cell, column)
      cell.border = { top: { style: 'thin', color: BORDER_COLOUR }, bottom: { style: 'double', color: BORDER_COLOUR } }
    })
  }
  if (section.note) {
    ws.addRow([])
    const note = ws.addRow([section.note])
    note.font = { italic: true }
    spills.add(note.getCell(1).address)
  }
  return { header: header.number, lastRow: header.number + section.rows.length }
}

const isNumeric = (c: TReportColumn) => c.kind === 'kroner' || c.kind === 'hours' || c.kind === 'count' || c.kind === 'date'

/** A list sheet: its header is row 1, frozen, filterable (data rows only, not the totals) and printed on every page. */
function finishList(ws: Worksheet, lastRow: number, spills: Set<string>) {
  ws.views = [{ state: 'frozen', ySplit: 1 }]
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: ws.columnCount } }
  ws.pageSetup.printTitlesRow = '1:1'
  fitColumns(ws, spills)
}

/**
 * Widths from the content, in characters. A text in `spills` (a title, a note, a fact beside its
 * label) runs on into the empty cells to its right and does not widen its column; a number that
 * does not fit shows as «####», so numbers always count.
 */
function fitColumns(ws: Worksheet, spills: Set<string>) {
  ws.columns.forEach((column) => {
    let width = 8
    column.eachCell?.({ includeEmpty: false }, (cell) => {
      const v = cell.value
      let length = 0
      if (typeof v === 'number') length = (cell.numFmt === KRONER ? v.toFixed(2) : String(v)).length * 1.35 + 2
      else if (v instanceof Date) length = cell.numFmt?.includes('hh') ? 17 : 12
      else if (typeof v === 'string' && !spills.has(cell.address)) length = v.length + 2
      width = Math.max(width, length)
    })
    column.width = Math.min(60, Math.ceil(width))
  })
}

/**
 * Excel sheet names are at most 31 characters, unique, and may not hold []:*?/\ — the names come
 * from translations, so they are made to fit rather than trusted.
 */
function sheetName(name: string, workbook: ExcelJS.Workbook): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Ark'
  let candidate = base
  for (let n = 2; workbook.worksheets.some((w) => w.name.toLowerCase() === candidate.toLowerCase()); n++) {
    candidate = `${base.slice(0, 28)} ${n}`
  }
  return candidate
}

/** In print headers and footers `&` starts a code; a name with `&` in it must not. */
function escapeHeaderFooter(text: string): string {
  return text.replace(/&/g, '&&')
}

/**
 * Excel dates have no time zone: they are shown as written. The generation time is written as the
 * wall-clock time in Norway, so the sheet says the same hour as the PDF.
 */
function osloWallClock(date: Date): Date {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: OSLO,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value)
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')))
}
