import 'server-only'
import { BOLD, createPdf, REGULAR, type TPdfDoc } from '@/server/pdf/document'
import { oreToKroner } from '@/lib/money'
import { OSLO } from '@/lib/oslo-time'
import { formatCell, type TCell, type TCellFormats, type TReportFact, type TReportSection, type TTablesLabels, type TTablesReport } from './tables'

type TDoc = TPdfDoc
type TAlign = 'left' | 'right'

const TEXT = '#1a1a1a'
const MUTED = '#555555'
const LINE = '#8c8c8c'
const HEADER_FILL = '#e8edf2'
const STRIPE_FILL = '#f5f7f9'
const BODY_SIZE = 9
const TABLE_SIZE = 8
/** Cell padding: vertical, and horizontal (wider, so an amount never touches the text beside it). */
const PAD = 3
const HPAD = 5
const MARGINS = { top: 40, left: 40, right: 40, bottom: 54 }
/** From the bottom edge; inside the bottom margin, so it never competes with the content. */
const FOOTER_OFFSET = 32

/** The report as an A4 PDF: the title, the facts, then each table with its heading and note (ADR 012). */
export async function renderTablesPdf(report: TTablesReport, labels: TTablesLabels, locale: string): Promise<Buffer> {
  const { title } = report
  const { doc, done } = createPdf({ title, locale, subject: report.subject, created: report.generatedAt, margins: MARGINS, layout: report.layout ?? 'portrait' })

  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'NOK' })
  const kr = (ore: bigint) => money.format(oreToKroner(ore))
  // Dates in the tables are calendar dates (stored at UTC midnight); only the generation time is
  // an instant, shown in Norwegian time.
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: OSLO })
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 })
  const hours = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 })
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })

  doc.font(BOLD).fontSize(16).fillColor(TEXT).text(title)
  doc.moveDown(0.6)
  const factText = (fact: TReportFact): string => {
    switch (fact.kind) {
      case 'text':
        return fact.value
      case 'year':
        return String(fact.value)
      case 'kroner':
        return kr(fact.value)
      case 'percent':
        return percent.format(fact.value / 10_000)
      case 'moment':
        return moment.format(fact.value)
    }
  }
  facts(doc, report.facts.map((f) => [f.label, factText(f)]))

  const cellText: TCellFormats<string> = {
    text: (text) => text,
    kroner: kr,
    date: (d) => day.format(d),
    hours: (hoursCenti) => hours.format(hoursCenti / 100),
    count: (n) => whole.format(n),
    flag: (flag) => (flag ? labels.yes : labels.no),
    empty: '',
    notApplicable: '–',
  }
  for (const section of report.sections) {
    heading(doc, section.title)
    table(doc, section, cellText, labels.none)
    if (section.note) {
      doc.font(REGULAR).fontSize(BODY_SIZE).fillColor(MUTED).text(section.note, MARGINS.left)
      doc.fillColor(TEXT)
    }
  }

  footers(doc, `${report.subject} – ${title}`, labels)
  doc.end()
  return done
}

const contentWidth = (doc: TDoc) => doc.page.width - doc.page.margins.left - doc.page.margins.right
const bottomLimit = (doc: TDoc) => doc.page.height - doc.page.margins.bottom

function facts(doc: TDoc, pairs: [string, string][]) {
  const labelWidth = 220
  const valueWidth = contentWidth(doc) - labelWidth
  doc.fontSize(BODY_SIZE)
  for (const [label, value] of pairs) {
    const y = doc.y
    doc.font(BOLD).text(label, MARGINS.left, y, { width: labelWidth - PAD * 2 })
    const afterLabel = doc.y
    doc.font(REGULAR).text(value, MARGINS.left + labelWidth, y, { width: valueWidth })
    doc.y = Math.max(afterLabel, doc.y) + 1
  }
  doc.x = MARGINS.left
}

/** A section heading that is never left alone at the foot of a page: room for it and two rows. */
function heading(doc: TDoc, text: string) {
  doc.moveDown(1)
  doc.font(BOLD).fontSize(12)
  if (doc.y + doc.heightOfString(text) + 60 > bottomLimit(doc)) doc.addPage()
  doc.fillColor(TEXT).text(text, MARGINS.left, doc.y)
  doc.moveDown(0.3)
}

interface TTableLayout {
  left: number
  width: number
  widths: number[]
  xs: number[]
  aligns: TAlign[]
  maxRowHeight: number
}

function tableLayout(doc: TDoc, columns: TReportSection['columns']): TTableLayout {
  // Figures to the right so their digits line up; dates, written with month names, read as text.
  const aligns = columns.map((c): TAlign => (c.kind === 'kroner' || c.kind === 'hours' || c.kind === 'count' ? 'right' : 'left'))
  const left = MARGINS.left
  const width = contentWidth(doc)
  const unit = width / columns.reduce((a, c) => a + (c.weight ?? 1), 0)
  const widths = columns.map((c) => (c.weight ?? 1) * unit)
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, w) => a + w, 0))
  return { left, width, widths, xs, aligns, maxRowHeight: bottomLimit(doc) - doc.page.margins.top - 60 }
}

/** A row's height: header cells wrap in every column; in the body only text does, amounts stay on one line. */
function measureRow(doc: TDoc, layout: TTableLayout, cells: string[], font: string, header = false) {
  doc.font(font).fontSize(TABLE_SIZE)
  const heights = cells.map((text, i) =>
    layout.aligns[i] === 'right' && !header ? doc.currentLineHeight(true) : doc.heightOfString(text || ' ', { width: layout.widths[i]! - HPAD * 2 }),
  )
  return Math.min(layout.maxRowHeight, Math.max(...heights) + PAD * 2)
}

function drawRow(doc: TDoc, layout: TTableLayout, cells: string[], y: number, height: number, style: 'header' | 'body' | 'stripe' | 'total') {
  const { left, width, widths, xs, aligns } = layout
  if (style === 'header' || style === 'stripe') {
    doc.rect(left, y, width, height).fill(style === 'header' ? HEADER_FILL : STRIPE_FILL)
  }
  const font = style === 'header' || style === 'total' ? BOLD : REGULAR
  doc.fillColor(TEXT)
  cells.forEach((text, i) => {
    const cellWidth = widths[i]! - HPAD * 2
    const align = aligns[i]!
    doc.font(font).fontSize(TABLE_SIZE)
    if (align === 'right' && style !== 'header') {
      let size = TABLE_SIZE
      while (size > 5 && doc.fontSize(size).widthOfString(text) > cellWidth) size -= 0.5
      // No width: pdfkit then draws the text as one line, exactly where we put it.
      doc.text(text, xs[i]! + HPAD + cellWidth - doc.widthOfString(text), y + PAD, { lineBreak: false })
    } else {
      // The height only cuts off a cell longer than a page. pdfkit measures text by laying it
      // out from the current y and subtracting, so a row measured at the foot of one page can
      // come out a hair short when drawn at the top of the next; without the half point of
      // slack it then cut the last line (the long report in reports.test.ts caught it).
      doc.text(text, xs[i]! + HPAD, y + PAD, { width: cellWidth, align, height: height - PAD * 2 + 0.5, ellipsis: true })
    }
  })
  if (style === 'header') {
    doc.moveTo(left, y + height).lineTo(left + width, y + height).lineWidth(0.7).strokeColor(LINE).stroke()
  }
  if (style === 'total') {
    doc.moveTo(left, y).lineTo(left + width, y).lineWidth(0.7).strokeColor(LINE).stroke()
  }
}

/**
 * Draws a table row by row, measuring each row first: a row that does not fit goes to a new page,
 * where the header row is drawn again. Amounts do not wrap; one too wide for its column is set
 * smaller instead, since a number broken over two lines is easily misread.
 */
function table(doc: TDoc, section: TReportSection, formats: TCellFormats<string>, none: string) {
  const { columns } = section
  const toText = (cells: TCell[]) => cells.map((value, i) => formatCell(columns[i]!, value, formats))
  const rows = section.rows.map(toText)
  const total = section.total ? toText(section.total) : null
  const layout = tableLayout(doc, columns)
  const { left, width } = layout

  const headerCells = columns.map((c) => c.header)
  const headerHeight = measureRow(doc, layout, headerCells, BOLD, true)
  let y = doc.y
  const startPage = () => {
    drawRow(doc, layout, headerCells, y, headerHeight, 'header')
    y += headerHeight
  }
  const place = (cells: string[], font: string, style: 'body' | 'stripe' | 'total') => {
    const height = measureRow(doc, layout, cells, font)
    if (y + height > bottomLimit(doc)) {
      doc.addPage()
      y = doc.page.margins.top
      startPage()
    }
    drawRow(doc, layout, cells, y, height, style)
    y += height
  }

  if (y + headerHeight + measureRow(doc, layout, rows[0] ?? [none], REGULAR) > bottomLimit(doc)) {
    doc.addPage()
    y = doc.page.margins.top
  }
  startPage()
  if (rows.length === 0) {
    doc.font(REGULAR).fontSize(TABLE_SIZE).fillColor(MUTED).text(none, left + HPAD, y + PAD, { width: width - HPAD * 2 })
    doc.fillColor(TEXT)
    y = doc.y + PAD
  } else {
    rows.forEach((cells, index) => place(cells, REGULAR, index % 2 === 1 ? 'stripe' : 'body'))
    if (total) place(total, BOLD, 'total')
  }
  doc.x = left
  doc.y = y + PAD * 2
}

/** Page numbers need the page count, so they are drawn on the buffered pages at the end. */
function footers(doc: TDoc, text: string, labels: TTablesLabels) {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    // Below the bottom margin text with a width would wrap onto a new page; without one it is
    // drawn as a single line where it is put.
    const y = doc.page.height - FOOTER_OFFSET
    const width = contentWidth(doc)
    const page = labels.pageOf(i - range.start + 1, range.count)
    doc.font(REGULAR).fontSize(8).fillColor(MUTED)
    const pageWidth = doc.widthOfString(page)
    doc.text(fit(doc, text, width - pageWidth - 24), MARGINS.left, y, { lineBreak: false })
    doc.text(page, MARGINS.left + width - pageWidth, y, { lineBreak: false })
  }
}

/** Shortens a line with an ellipsis to fit `width` at the current font. */
function fit(doc: TDoc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text
  let cut = text
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}
