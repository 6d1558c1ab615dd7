import 'server-only'
import NextAuth from 'next-auth'
import { headers } from 'next/headers'
import { cache } from 'react'
import { finishLoginAttempt } from './login-attempts'
import { clientAddress } from '@/server/http/client-address'
import { getDb } from '@/server/db'
import { loadActor, requestActors, type Actor } from '@/server/authz/actor'
import { accountLinkDecision, refusedLink } from './account-linking'
import { samkompAdapter } from './adapter'
import { onboardFeideLogin } from './onboard-from-feide'
import { feideGroupsApiUrl, oidcProviders } from './providers'
import { sessionPolicy } from './session-policy'
import { sessionReadFailure } from './session-failure'
import { settings } from '@/server/settings'
import { getLogger } from '@/server/log'

export const { handlers, auth: uncachedAuth, signIn, signOut } = NextAuth({
  adapter: samkompAdapter(getDb),
  providers: oidcProviders(),
  session: { strategy: 'database', maxAge: sessionPolicy.inactivitySeconds, updateAge: sessionPolicy.refreshSeconds },
  pages: { signIn: '/logg-inn', error: '/logg-inn' },
  trustHost: true,
  callbacks: {
    // Before Auth.js links a login to a person by e-mail: only a verified address, and only a
    // person with no identity at this provider yet (./account-linking.ts, ADR 044). A refusal
    // comes back to /logg-inn?error=AccessDenied.
    async signIn({ account, profile }) {
      if (!account || account.type !== 'oidc') return true
      const decision = await accountLinkDecision(await getDb(), {
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        email: typeof profile?.email === 'string' ? profile.email : null,
        emailVerified: profile?.email_verified,
      })
      if (!refusedLink(decision)) return true
      getLogger().warn({ provider: account.provider, decision }, 'login refused: not linked to the person with this e-mail address')
      return false
    },
  },
  events: {
    // A finished OpenID Connect login: into the login log and the audit log.
    async signIn({ user, account }) {
      const method = account?.provider === 'idporten' ? 'idporten' : 'feide'
      await finishLoginAttempt(await getDb(), { ip: clientAddress(await headers()), method, outcome: 'success', userId: user.id })
      // A Feide login places its staff at their units (the groups API); ID-porten people come in
      // by invitation only. Before the redirect, so the first page already shows the new place.
      if (account?.provider === 'feide' && account.access_token && user.id) {
        await onboardFeideLogin(await getDb(), user.id, account.access_token, feideGroupsApiUrl())
      }
    },
  },
  // Required in production: the settings refuse to start without it (src/server/settings.ts).
  secret: settings().AUTH_SECRET ?? (settings().NODE_ENV === 'production' ? undefined : 'samkomp-development-secret'),
})

/** The session, asked for once per request (t3 habit). */
export const auth = cache(uncachedAuth)

/**
 * The actor for this request, or null when nobody is logged in (or the person is disabled).
 * Every page and action starts here; scope helpers take the result.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth()
  const userId = session?.user?.id
  // A session that could not be read is no logout: the page fails, the person stays logged in.
  const failure = sessionReadFailure().error
  if (failure) throw failure
  if (!userId) return null
  // Read with the session by our adapter in the same request; read again only if it was not.
  const known = requestActors()
  return known.has(userId) ? known.get(userId)! : loadActor(await getDb(), userId)
})
