import 'server-only'
import { BOLD, createPdf, REGULAR } from '@/server/pdf/document'

export interface TMinutesDocument {
  forumName: string
  meetingTitle: string
  startsAt: Date
  place: string | null
  version: number
  approvedAt: Date
  text: string
  decisions: { reference: string; outcome: string; text: string; tally: string | null }[]
}

/** The approved minutes of a meeting as an A4 PDF: the facts, the text as approved, the decisions. */
export async function renderMinutesPdf(m: TMinutesDocument, labels: { title: string; facts: [string, string][]; decisionsHeading: string; pageOf: (page: number, pages: number) => string }, locale: string): Promise<Buffer> {
  const margins = { top: 50, left: 56, right: 56, bottom: 60 }
  const { doc, done } = createPdf({ title: labels.title, locale, subject: m.forumName, created: m.approvedAt, margins })
  const width = doc.page.width - margins.left - margins.right
  doc.font(BOLD).fontSize(16).text(labels.title, { width })
  doc.moveDown(0.5)
  for (const [label, value] of labels.facts) {
    doc.font(BOLD).fontSize(10).text(`${label}: `, { continued: true }).font(REGULAR).text(value)
  }
  doc.moveDown(1)
  doc.font(REGULAR).fontSize(10.5).text(m.text, { width, lineGap: 2 })
  if (m.decisions.length) {
    doc.moveDown(1)
    doc.font(BOLD).fontSize(12).text(labels.decisionsHeading)
    doc.moveDown(0.3)
    for (const d of m.decisions) {
      doc.font(BOLD).fontSize(10).text(`${d.reference} (${d.outcome}${d.tally ? `: ${d.tally}` : ''})`, { width })
      doc.font(REGULAR).fontSize(10).text(d.text, { width })
      doc.moveDown(0.5)
    }
  }
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    // Note: inside the bottom margin, so writing the footer never adds a page.
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc.font(REGULAR).fontSize(8).text(labels.pageOf(i + 1, range.count), margins.left, doc.page.height - 36, { width, align: 'center' })
    doc.page.margins.bottom = bottom
  }
  doc.end()
  return done
}
