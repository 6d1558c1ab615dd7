/**
 * The headers that differ per request, set by src/proxy.ts on every page (docs/decisions/032-content-security-policy.md):
 * the Content-Security-Policy with this response's nonce, and Strict-Transport-Security when the
 * request came over https. The headers that are the same on every response (nosniff,
 * Referrer-Policy, X-Frame-Options, Permissions-Policy, COOP) stay in next.config.ts, which also
 * covers the static files the proxy does not run for.
 *
 * Pure functions of their arguments: the proxy passes the settings, the unit test its own.
 */

/** The request header Next.js reads the nonce from is the policy itself; this one hands it to our own components. */
export const NONCE_HEADER = 'x-nonce'

/** One year, as browsers' preload lists expect; subdomains too, since the app's cookies are the host's. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains'

/** 16 random bytes from the platform's CSPRNG, base64 (CSP's nonce-source grammar allows it, '=' included). */
export function createNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

export type TPolicyInput = {
  nonce: string
  /**
   * `next dev` needs 'unsafe-eval' (React rebuilds server error stacks in the browser with eval)
   * and inline style elements; `next start` neither.
   */
  production: boolean
  /** Over https the browser is also told to upgrade any http URL a page names; over plain http that would break the page. */
  https: boolean
  /**
   * Origins a form may end up at besides our own: the login providers. Chrome checks form-action
   * on every redirect after a form is posted, and a login form posted before the page's script ran
   * is answered with a redirect to the provider's authorization endpoint.
   */
  formTargets?: readonly string[]
}

/**
 * The page's Content-Security-Policy.
 *
 * Note: scripts run only with this response's nonce ('strict-dynamic' lets those scripts load the
 * app's chunks); no 'unsafe-inline' for scripts, so markup an attacker got into a page cannot run.
 * `<style>` elements need the nonce too (Next.js puts it on the ones it writes). Style
 * *attributes* are allowed (style-src-attr 'unsafe-inline'): the charts (Recharts) and their
 * containers size themselves with `style="…"` in the server's HTML, and a nonce cannot be put on
 * an attribute. A style attribute cannot run script; the cost is that injected markup could
 * restyle a page. Browsers without style-src-attr fall back to style-src and drop those
 * attributes (the charts then lose their size, nothing else).
 */
export function contentSecurityPolicy({ nonce, production, https, formTargets = [] }: TPolicyInput): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(production ? [] : ["'unsafe-eval'"])],
    // `next dev` writes <style> elements of its own without the nonce (hot reloading, the error
    // overlay): outside production style elements are allowed inline, as the Next.js guide does.
    // A nonce beside 'unsafe-inline' would switch it off, so it is left out there.
    ['style-src', "'self'", ...(production ? [`'nonce-${nonce}'`] : ["'unsafe-inline'"])],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'", ...formTargets],
    ['frame-ancestors', "'none'"],
  ]
  if (https) directives.push(['upgrade-insecure-requests'])
  return directives.map((d) => d.join(' ')).join('; ')
}

/**
 * The origins a login provider's authorization endpoint may be on: the issuer's origin and, for
 * an https issuer, its subdomains (ID-porten's issuer is https://idporten.no, its authorization
 * endpoint https://login.idporten.no/authorize). A value that is not a URL gives nothing (the
 * settings schema has refused it already).
 */
export function loginFormTargets(issuers: readonly (string | undefined)[]): string[] {
  const targets = new Set<string>()
  for (const issuer of issuers) {
    if (!issuer || !URL.canParse(issuer)) continue
    const url = new URL(issuer)
    targets.add(url.origin)
    if (url.protocol === 'https:') targets.add(`https://*.${url.host}`)
  }
  return [...targets]
}

/**
 * Whether the browser's request came over https, trusting exactly `hops` proxies (TRUSTED_PROXY_HOPS,
 * as for the client address in client-address.ts): with 0 the app is reached directly, and
 * `next start` serves plain http, so an X-Forwarded-Proto the client wrote is not read; with N the
 * Nth entry of X-Forwarded-Proto from the right (a single value, as most proxies set it, is that
 * value), the one the outermost trusted proxy wrote.
 */
export function cameOverHttps(headers: Pick<Headers, 'get'>, hops: number): boolean {
  if (hops === 0) return false
  const chain = headers.get('x-forwarded-proto')?.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean) ?? []
  if (chain.length === 0) return false
  return chain.reverse()[Math.min(hops, chain.length) - 1] === 'https'
}
