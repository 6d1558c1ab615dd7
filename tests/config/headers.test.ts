import { describe, expect, it } from 'vitest'
import config from '../../next.config'

/** The security headers every page carries (next.config.ts); the e2e run sees them on a real response. */
describe('security headers', () => {
  it('sends Permissions-Policy and Cross-Origin-Opener-Policy on every path, and HSTS only over https', async () => {
    const rules = (await config.headers?.()) ?? []
    const all = rules.find((r) => r.source === '/:path*' && !r.has)
    const names = Object.fromEntries(all!.headers.map((h) => [h.key, h.value]))
    expect(names).toMatchObject({
      'Permissions-Policy': expect.stringContaining('camera=()') as string,
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
    })
    expect(names['Strict-Transport-Security']).toBeUndefined()
    const https = rules.find((r) => r.has?.some((h) => h.type === 'header' && h.key === 'x-forwarded-proto' && h.value === 'https'))
    expect(https?.headers).toEqual([{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }])
  })
})
