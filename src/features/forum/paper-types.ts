/**
 * The papers a forum attaches to agenda items: documents and images people send each other, and
 * nothing that runs. The type is read from the file's first bytes as well as its name, so a
 * program renamed to «sak.pdf» is refused.
 */
export const MAX_PAPER_BYTES = 10 * 1024 * 1024

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const TYPES: { extensions: string[]; contentType: string; magic: number[] }[] = [
  { extensions: ['pdf'], contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { extensions: ['docx'], contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: ZIP },
  { extensions: ['xlsx'], contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: ZIP },
  { extensions: ['pptx'], contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', magic: ZIP },
  { extensions: ['odt'], contentType: 'application/vnd.oasis.opendocument.text', magic: ZIP },
  { extensions: ['png'], contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { extensions: ['jpg', 'jpeg'], contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
]

export const PAPER_ACCEPT = TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(',')

/** The content type to store and serve, or null when the name and the bytes do not make an allowed file. */
export function paperType(fileName: string, bytes: Uint8Array): string | null {
  const extension = fileName.toLowerCase().split('.').pop() ?? ''
  const type = TYPES.find((t) => t.extensions.includes(extension))
  if (!type || bytes.length < type.magic.length) return null
  return type.magic.every((b, i) => bytes[i] === b) ? type.contentType : null
}

/** A file name safe to store and to send back in a header: no paths, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'fil'
  // Control characters could split a header; quotes would end the filename in one.
  const printable = [...base].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"').join('')
  return printable.trim().slice(0, 200) || 'fil'
}
