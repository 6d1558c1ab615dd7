import { NextRequest } from 'next/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { forgetSettings } from '@/server/settings'
import { proxy } from './proxy'

function call(headers: Record<string, string> = {}) {
  const response = proxy(new NextRequest('http://localhost:3000/oversikt', { headers }))
  const policy = response.headers.get('content-security-policy') ?? ''
  return {
    policy,
    nonce: /'nonce-([^']+)'/.exec(policy)?.[1],
    hsts: response.headers.get('strict-transport-security'),
    // NextResponse.next({ request: { headers } }) hands the changed request headers to the page this way.
    requestHeader: (name: string) => response.headers.get(`x-middleware-request-${name}`),
  }
}

afterEach(() => {
  vi.unstubAllEnvs()
  forgetSettings()
})

describe('the proxy', () => {
  it('gives each page a fresh nonce, in the policy the browser gets and in the request the page renders', () => {
    const first = call()
    const second = call()
    expect(first.nonce).toBeDefined()
    expect(first.nonce).not.toBe(second.nonce)
    // Next.js finds the nonce in the request's policy and puts it on the scripts it renders.
    expect(first.requestHeader('content-security-policy')).toBe(first.policy)
    expect(first.requestHeader('x-nonce')).toBe(first.nonce)
  })

  it('sends HSTS only when a trusted proxy says the request came over https', () => {
    vi.stubEnv('TRUSTED_PROXY_HOPS', '0')
    forgetSettings()
    expect(call({ 'x-forwarded-proto': 'https' }).hsts).toBeNull()

    vi.stubEnv('TRUSTED_PROXY_HOPS', '1')
    forgetSettings()
    expect(call({ 'x-forwarded-proto': 'https' }).hsts).toBe('max-age=31536000; includeSubDomains')
    expect(call({ 'x-forwarded-proto': 'http' }).hsts).toBeNull()
    expect(call({ 'x-forwarded-proto': 'https' }).policy).toContain('upgrade-insecure-requests')
  })

  it('lets login forms reach the configured providers', () => {
    vi.stubEnv('FEIDE_ISSUER', 'https://auth.dataporten.no')
    vi.stubEnv('FEIDE_CLIENT_ID', 'samkomp')
    forgetSettings()
    expect(call().policy).toContain("form-action 'self' https://auth.dataporten.no https://*.auth.dataporten.no;")
  })
})
