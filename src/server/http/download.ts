export const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const

/**
 * A file to download: always an attachment (never shown inline on our origin), never cached by a
 * shared cache, and with the exact name for browsers that read RFC 6266's `filename*` beside an
 * ASCII name for those that do not.
 */
export function downloadResponse(body: Uint8Array, contentType: string, fileName: string, headers: Record<string, string> = {}): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      ...headers,
    },
  })
}

/** Words of a title as a file name: letters and digits joined by dashes, lower case («Møte 3» → «møte-3»). */
export function fileSlug(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase()
}

/** The name with Norwegian letters folded and other accents dropped, printable ASCII without quotes. */
function asciiFileName(name: string): string {
  const folded = name.replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'AE')).replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O')).replace(/[åÅ]/g, (c) => (c === 'å' ? 'a' : 'A'))
  const ascii = folded.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '').trim()
  return ascii || 'fil'
}
