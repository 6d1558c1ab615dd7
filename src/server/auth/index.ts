import 'server-only'
import NextAuth from 'next-auth'
import { headers } from 'next/headers'
import { cache } from 'react'
import { clientAddress, finishLoginAttempt } from './login-attempts'
import { getDb } from '@/server/db'
import { loadActor, requestActors, type Actor } from '@/server/authz/actor'
import { samkompAdapter } from './adapter'
import { oidcProviders } from './providers'
import { sessionPolicy } from './session-policy'

export const { handlers, auth: uncachedAuth, signIn, signOut } = NextAuth({
  adapter: samkompAdapter(getDb),
  providers: oidcProviders(),
  session: { strategy: 'database', maxAge: sessionPolicy.inactivitySeconds, updateAge: sessionPolicy.refreshSeconds },
  pages: { signIn: '/logg-inn', error: '/logg-inn' },
  trustHost: true,
  events: {
    // A finished OpenID Connect login: into the login log and the audit log.
    async signIn({ user, account }) {
      const method = account?.provider === 'idporten' ? 'idporten' : 'feide'
      await finishLoginAttempt(await getDb(), { ip: clientAddress(await headers()), method, outcome: 'success', userId: user.id })
    },
  },
  secret: process.env.AUTH_SECRET ?? (process.env.NODE_ENV === 'production' ? undefined : 'samkomp-development-secret'),
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
  if (!userId) return null
  // Read with the session by our adapter in the same request; read again only if it was not.
  const known = requestActors()
  return known.has(userId) ? known.get(userId)! : loadActor(await getDb(), userId)
})
