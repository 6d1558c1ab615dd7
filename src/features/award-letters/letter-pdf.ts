import 'server-only'
import { BOLD, createPdf, REGULAR, type TPdfDoc } from '@/server/pdf/document'
import type { TAwardLetterDocument } from './get-award-letters'

/** The letter's texts in the reader's language, with values already formatted. */
export interface TLetterPdfLabels {
  title: string
  facts: [string, string][]
  /** Heading and paragraphs of each part, in order: the grant, purpose, measures, co-financing, reporting, contact, acceptance. */
  parts: { heading: string; lines: string[] }[]
  pageOf: (page: number, pages: number) => string
}

/** An award letter (tilsagnsbrev) as an A4 PDF: the facts, then each part under its heading. */
export async function renderAwardLetterPdf(letter: TAwardLetterDocument, labels: TLetterPdfLabels, locale: string): Promise<Buffer> {
  const margins = { top: 56, left: 64, right: 64, bottom: 64 }
  const { doc, done } = createPdf({ title: labels.title, locale, subject: letter.partnershipName, created: letter.sentAt, margins })
  const width = doc.page.width - margins.left - margins.right
  doc.font(BOLD).fontSize(16).text(labels.title, { width })
  doc.moveDown(0.6)
  for (const [label, value] of labels.facts) {
    doc.font(BOLD).fontSize(10).text(`${label}: `, { continued: true }).font(REGULAR).text(value)
  }
  for (const part of labels.parts) {
    doc.moveDown(0.9)
    doc.font(BOLD).fontSize(12).text(part.heading, { width })
    doc.moveDown(0.2)
    for (const line of part.lines) doc.font(REGULAR).fontSize(10.5).text(line, { width, lineGap: 2 })
  }
  footer(doc, labels, margins.left, width)
  doc.end()
  return done
}

function footer(doc: TPdfDoc, labels: TLetterPdfLabels, left: number, width: number) {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    // Note: inside the bottom margin, so writing the footer never adds a page.
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc.font(REGULAR).fontSize(8).text(labels.pageOf(i + 1, range.count), left, doc.page.height - 36, { width, align: 'center' })
    doc.page.margins.bottom = bottom
  }
}
