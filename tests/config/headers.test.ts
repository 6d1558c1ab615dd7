import { describe, expect, it } from 'vitest'
import config from '../../next.config'

/**
 * The security headers that are the same on every response (next.config.ts); the per-request ones
 * (Content-Security-Policy, HSTS) are src/proxy.ts's, tested in src/proxy.test.ts. The e2e run
 * (tests/e2e/security) sees both on real responses.
 */
describe('security headers', () => {
  it('sends Permissions-Policy, Cross-Origin-Opener-Policy, nosniff and framing refusal on every path', async () => {
    const rules = (await config.headers?.()) ?? []
    const all = rules.find((r) => r.source === '/:path*' && !r.has)
    const names = Object.fromEntries(all!.headers.map((h) => [h.key, h.value]))
    expect(names).toMatchObject({
      'Permissions-Policy': expect.stringContaining('camera=()') as string,
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
  })

  it('leaves the per-request headers to the proxy, so each has one place', async () => {
    const rules = (await config.headers?.()) ?? []
    const keys = rules.flatMap((r) => r.headers.map((h) => h.key.toLowerCase()))
    expect(keys).not.toContain('strict-transport-security')
    expect(keys).not.toContain('content-security-policy')
  })
})
