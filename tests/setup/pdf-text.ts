import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The text of a PDF per page (as a reader would copy it), and the document's metadata. */
export async function pdfText(buffer: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(buffer), verbosity: 0 }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join('')
    pages.push(text.normalize('NFC').replace(/[^\S\n]+/g, ' '))
  }
  const info = Object.fromEntries(Object.entries((await pdf.getMetadata()).info))
  await pdf.destroy()
  // Wrapped cells break lines inside a name; `all` joins them again for the content checks.
  return { pages, all: pages.join('\n').replace(/\s+/g, ' '), info }
}
