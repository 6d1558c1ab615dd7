/**
 * A real OpenID Connect provider (the `oidc-provider` package) on localhost, standing in for Feide
 * in the browser tests. Its development login form accepts any login: the login becomes the
 * subject, and when it looks like an e-mail address it is also the verified `email` claim.
 * Two prefixes make the identities account linking must refuse (ADR 044), the login still the subject:
 * `unverified:<address>` sends the address with `email_verified: false`, and `other:<address>` sends
 * it verified under a subject of its own (another person at the provider with the same address).
 */
import Provider from 'oidc-provider'

export interface TLocalOidc {
  issuer: string
  clientId: string
  clientSecret: string
  close(): Promise<void>
}

export async function startOidcProvider(options: { port: number; appUrl: string; providerId: string }): Promise<TLocalOidc> {
  const issuer = `http://127.0.0.1:${options.port}`
  const clientId = 'samkomp-test'
  const clientSecret = 'samkomp-test-secret-that-is-long-enough'
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${options.appUrl}/api/auth/callback/${options.providerId}`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    scopes: ['openid', 'email', 'profile'],
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['samkomp-test-cookie-key'] },
    pkce: { required: () => true },
    // Put the requested claims (email, name) in the ID token, which is what Auth.js reads for OIDC.
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => {
      const [, prefix, address = id] = /^(?:(unverified|other):)?(.*)$/.exec(id) ?? []
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          name: address.split('@')[0]!.replace(/\./g, ' '),
          ...(address.includes('@') ? { email: address, email_verified: prefix !== 'unverified' } : {}),
        }),
      }
    },
  })
  const server = provider.listen(options.port)
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
