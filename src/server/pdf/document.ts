import 'server-only'
import { createRequire } from 'node:module'
import path from 'node:path'
import PDFDocument from 'pdfkit'

export type TPdfDoc = PDFKit.PDFDocument
export const REGULAR = 'DejaVuSans'
export const BOLD = 'DejaVuSans-Bold'

// Note: pdfkit's built-in Helvetica is a standard PDF font: not embedded, and its WinAnsi encoding
// has no č, đ, ŋ or ŧ, so Sámi names would come out wrong. DejaVu Sans has them all. The files are
// found by Node's resolver at run time, starting from the working directory (the project under
// `next start`, the server's own folder in standalone output). Not from `import.meta.url`:
// Turbopack rewrites `createRequire(import.meta.url).resolve(...)` at build time into a module id
// (a number, not a path) and cannot take a .ttf as a module at all; both were tried in a build.
let fonts: { regular: string; bold: string } | null = null
function fontFiles() {
  if (!fonts) {
    const require = createRequire(path.join(process.cwd(), 'package.json'))
    const dir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf')
    fonts = { regular: path.join(dir, 'DejaVuSans.ttf'), bold: path.join(dir, 'DejaVuSans-Bold.ttf') }
  }
  return fonts
}

/**
 * An A4 document with DejaVu Sans embedded (REGULAR and BOLD registered), the metadata set, and a
 * promise of the finished bytes once the caller ends it (ADR 012). Pages are buffered, so page
 * numbers can be drawn at the end.
 */
export function createPdf(options: { title: string; locale: string; subject?: string; created?: Date; margins: { top: number; left: number; right: number; bottom: number }; layout?: 'portrait' | 'landscape' }): { doc: TPdfDoc; done: Promise<Buffer> } {
  const files = fontFiles()
  const doc: TPdfDoc = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margins: options.margins,
    bufferPages: true,
    // Passing a font here keeps pdfkit from loading Helvetica as its default.
    font: files.regular,
    lang: options.locale,
    displayTitle: true,
    info: { Title: options.title, Author: 'Samkomp', Creator: 'Samkomp', Subject: options.subject ?? options.title, CreationDate: options.created ?? new Date() },
  })
  doc.registerFont(REGULAR, files.regular)
  doc.registerFont(BOLD, files.bold)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  return { doc, done }
}
