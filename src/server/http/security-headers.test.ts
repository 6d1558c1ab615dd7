import { describe, expect, it } from 'vitest'
import { cameOverHttps, contentSecurityPolicy, createNonce, loginFormTargets } from './security-headers'

/** The policy as a map of directive → sources, so each test names the directive it is about. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]))
}

describe('the nonce', () => {
  it('is 16 random bytes in base64, different on every call', () => {
    const nonces = Array.from({ length: 200 }, createNonce)
    expect(new Set(nonces).size).toBe(200)
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
      expect(Buffer.from(nonce, 'base64')).toHaveLength(16)
    }
  })
})

describe('the Content-Security-Policy', () => {
  const production = directives(contentSecurityPolicy({ nonce: 'abc123==', production: true, https: false }))

  it('runs only scripts with the nonce (and what they load), never inline script or eval in production', () => {
    expect(production.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"])
    expect(production.get('script-src')).not.toContain("'unsafe-inline'")
    expect(production.get('script-src')).not.toContain("'unsafe-eval'")
  })

  it("allows 'unsafe-eval' and inline style elements outside production only (next dev needs both)", () => {
    const dev = directives(contentSecurityPolicy({ nonce: 'n', production: false, https: false }))
    expect(dev.get('script-src')).toEqual(["'self'", "'nonce-n'", "'strict-dynamic'", "'unsafe-eval'"])
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
  })

  it('needs the nonce on style elements, allows style attributes (the charts size themselves with them)', () => {
    expect(production.get('style-src')).toEqual(["'self'", "'nonce-abc123=='"])
    expect(production.get('style-src-attr')).toEqual(["'unsafe-inline'"])
  })

  it('closes everything else to our own origin or nothing', () => {
    expect(Object.fromEntries(production)).toMatchObject({
      'default-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    })
  })

  it('upgrades insecure requests only when the page itself came over https', () => {
    expect(production.has('upgrade-insecure-requests')).toBe(false)
    const https = directives(contentSecurityPolicy({ nonce: 'n', production: true, https: true }))
    expect(https.get('upgrade-insecure-requests')).toEqual([])
  })

  it('lets a login form end up at the login providers, and nowhere else', () => {
    const targets = loginFormTargets(['https://auth.dataporten.no', undefined, 'http://localhost:4100/oidc', 'not a url'])
    expect(targets).toEqual(['https://auth.dataporten.no', 'https://*.auth.dataporten.no', 'http://localhost:4100'])
    const policy = directives(contentSecurityPolicy({ nonce: 'n', production: true, https: false, formTargets: targets }))
    expect(policy.get('form-action')).toEqual(["'self'", ...targets])
    // ID-porten authorizes on a subdomain of its issuer.
    expect(loginFormTargets(['https://idporten.no'])).toContain('https://*.idporten.no')
  })
})

describe('whether a request came over https', () => {
  const headers = (proto?: string) => new Headers(proto === undefined ? {} : { 'x-forwarded-proto': proto })

  it('with no trusted proxy (hops 0) is never read from X-Forwarded-Proto: a client could write it', () => {
    expect(cameOverHttps(headers('https'), 0)).toBe(false)
    expect(cameOverHttps(headers(), 0)).toBe(false)
  })

  it('behind one proxy is what that proxy wrote', () => {
    expect(cameOverHttps(headers('https'), 1)).toBe(true)
    expect(cameOverHttps(headers('HTTPS'), 1)).toBe(true)
    expect(cameOverHttps(headers('http'), 1)).toBe(false)
    expect(cameOverHttps(headers(), 1)).toBe(false)
    // A client's own entry left of the proxy's is not believed.
    expect(cameOverHttps(headers('https, http'), 1)).toBe(false)
  })

  it('behind two proxies is the entry the outer one wrote, or the one value when they pass it through', () => {
    expect(cameOverHttps(headers('https, http'), 2)).toBe(true)
    expect(cameOverHttps(headers('http, https, http'), 2)).toBe(true)
    expect(cameOverHttps(headers('https'), 2)).toBe(true)
  })
})
