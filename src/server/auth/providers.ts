import type { OIDCConfig } from 'next-auth/providers'
import { settings, settingsFrom } from '@/server/settings'

interface TOidcProfile extends Record<string, unknown> {
  sub: string
  name?: string
  email?: string
}

/**
 * Feide (education sector) and ID-porten (national login) are plain OpenID Connect providers,
 * configured from the environment so that tests can point them at a local provider:
 * FEIDE_ISSUER, FEIDE_CLIENT_ID, FEIDE_CLIENT_SECRET and the same with IDPORTEN_.
 * A provider without its variables is simply not offered.
 */
export function oidcProviders(environment?: Record<string, string | undefined>): OIDCConfig<TOidcProfile>[] {
  const env = settingsFrom(environment)
  const providers: OIDCConfig<TOidcProfile>[] = []
  for (const { id, name, prefix, scope } of [
    // groups-org: the groups API's organisations (owner and schools) for onboarding (ADR 030).
    { id: 'feide', name: 'Feide', prefix: 'FEIDE', scope: 'openid profile email userid-feide groups-org' },
    { id: 'idporten', name: 'ID-porten', prefix: 'IDPORTEN', scope: 'openid profile' },
  ] as const) {
    const issuer = env[`${prefix}_ISSUER`]
    const clientId = env[`${prefix}_CLIENT_ID`]
    if (!issuer || !clientId) continue
    providers.push({
      id,
      name,
      type: 'oidc',
      issuer,
      clientId,
      clientSecret: env[`${prefix}_CLIENT_SECRET`],
      authorization: { params: { scope: env[`${prefix}_SCOPE`] ?? scope } },
      checks: ['pkce', 'state', 'nonce'],
      // Note: people are invited by e-mail (a membership waits on a user row with that address);
      // their first login links the provider's identity to it. Auth.js would link on the address
      // alone; the signIn callback (./account-linking.ts, ADR 044) refuses first an address the
      // provider did not mark verified, and a person already linked to another subject here.
      allowDangerousEmailAccountLinking: true,
      profile(profile) {
        return { id: profile.sub, name: profile.name ?? profile.email ?? profile.sub, email: profile.email ?? null }
      },
    })
  }
  return providers
}

/**
 * Feide's groups API (FEIDE_GROUPS_API, the base URL before `/me/groups`; default Feide's own),
 * asked at each Feide login for the units to place the person at (ADR 030). Tests point it at
 * the local groups API (tests/e2e/feide-groups-api.ts).
 */
export function feideGroupsApiUrl(): string {
  return settings().FEIDE_GROUPS_API
}
