import { describe, expect, it } from 'vitest'
import { downloadResponse, fileSlug } from './download'

describe('downloads', () => {
  it('names the file exactly for modern browsers and in ASCII for the rest', () => {
    const response = downloadResponse(new Uint8Array([1]), 'application/pdf', 'Årsrapport Bodø «Kárášjohka" \\ 2026.pdf')
    expect(response.headers.get('Content-Disposition')).toBe(
      `attachment; filename="Arsrapport Bodo Karasjohka  2026.pdf"; filename*=UTF-8''${encodeURIComponent('Årsrapport Bodø «Kárášjohka" \\ 2026.pdf')}`,
    )
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(downloadResponse(new Uint8Array([1]), 'text/plain', 'ŋŋŋ').headers.get('Content-Disposition')).toMatch(/^attachment; filename="fil"/)
  })

  it('turns a title into a file name', () => {
    expect(fileSlug('  Økonomirapport: Salten KAN 2026 – Bodø kommune ')).toBe('økonomirapport-salten-kan-2026-bodø-kommune')
  })
})
