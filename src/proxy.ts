import { NextResponse, type NextRequest } from 'next/server'
import { cameOverHttps, contentSecurityPolicy, createNonce, HSTS_VALUE, loginFormTargets, NONCE_HEADER } from '@/server/http/security-headers'
import { settings } from '@/server/settings'

/**
 * Next.js's request interceptor (Next 16's name for middleware). It only sets the headers that
 * differ per request (src/server/http/security-headers.ts, ADR 032): a fresh nonce and the
 * Content-Security-Policy carrying it, and HSTS when the request came over https through a
 * trusted proxy. No redirects and no authorization decisions: those belong to the pages and the
 * data layer (a proxy can be bypassed, CVE-2025-29927).
 *
 * Next.js reads the nonce from the policy on the *request* and puts it on every script and style
 * element it renders, so the policy goes on both the request and the response.
 */
export function proxy(request: NextRequest) {
  const s = settings()
  const nonce = createNonce()
  const https = cameOverHttps(request.headers, s.TRUSTED_PROXY_HOPS)
  const policy = contentSecurityPolicy({
    nonce,
    production: s.NODE_ENV === 'production',
    https,
    formTargets: loginFormTargets([s.FEIDE_ISSUER, s.IDPORTEN_ISSUER]),
  })

  const requestHeaders = new Headers(request.headers)
  requestHeaders.set(NONCE_HEADER, nonce)
  requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  if (https) response.headers.set('Strict-Transport-Security', HSTS_VALUE)
  return response
}

export const config = {
  matcher: [
    {
      // Note: not for the build's static files, the image optimizer, the icon and other files
      // with an image or font extension (they run no script; next.config.ts's headers still reach
      // them), nor /api (JSON, Auth.js's redirects and the probes a load balancer polls).
      // Prefetches are left out as the Next.js guide advises: they carry no HTML to protect, and
      // the page they prefetch gets its own nonce when it is opened.
      source: '/((?!api/|_next/static/|_next/image|favicon\\.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|woff2?)$).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}
