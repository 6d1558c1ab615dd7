import type { Adapter, AdapterAccount, AdapterUser } from 'next-auth/adapters'
import type { Db } from '@/server/db/client'
import { requestActors, toActor } from '@/server/authz/actor'
import { sessionPolicy } from './session-policy'
import { hashSessionToken } from './session-token'
import { readSessionRow } from './session-read'
import { sessionReadFailure } from './session-failure'

/**
 * Auth.js adapter over our schema (docs/decisions/007-login-and-sessions.md).
 *
 * Note: written here rather than using @auth/prisma-adapter because our rules live in it: a
 * disabled person has no session (disabling logs out at once), a session older than the maximum
 * lifetime is deleted whatever its activity, and the generated client of Prisma 7 is not the
 * `@prisma/client` type that adapter expects. Auth.js hands every method the cookie's token; the
 * table holds only its hash (./session-token.ts), so each method hashes before it touches the row.
 */
export function samkompAdapter(getDb: () => Promise<Db>): Adapter {
  const toUser = (u: { id: string; name: string; email: string | null; emailVerified: Date | null; image: string | null }): AdapterUser => ({
    id: u.id,
    name: u.name,
    email: u.email ?? '',
    emailVerified: u.emailVerified,
    image: u.image,
  })
  return {
    async createUser(user) {
      const db = await getDb()
      const created = await db.user.create({
        data: { name: user.name ?? user.email, email: user.email || null, emailVerified: user.emailVerified, image: user.image },
      })
      return toUser(created)
    },
    async getUser(id) {
      const user = await (await getDb()).user.findFirst({ where: { id, disabledAt: null } })
      return user ? toUser(user) : null
    },
    async getUserByEmail(email) {
      const user = await (await getDb()).user.findFirst({ where: { email, disabledAt: null } })
      return user ? toUser(user) : null
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await (await getDb()).account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        include: { user: true },
      })
      return account && !account.user.disabledAt ? toUser(account.user) : null
    },
    async updateUser({ id, name, email, image, emailVerified }) {
      const user = await (await getDb()).user.update({
        where: { id },
        data: { name: name ?? undefined, email: email ?? undefined, image, emailVerified },
      })
      return toUser(user)
    },
    async linkAccount(account: AdapterAccount) {
      await (await getDb()).account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          refresh_token: account.refresh_token,
          access_token: account.access_token,
          expires_at: account.expires_at,
          token_type: account.token_type,
          scope: account.scope,
          id_token: account.id_token,
          session_state: typeof account.session_state === 'string' ? account.session_state : null,
        },
      })
    },
    async createSession({ sessionToken, userId, expires }) {
      const created = await (await getDb()).session.create({ data: { sessionToken: hashSessionToken(sessionToken), userId, expires } })
      // Auth.js sets the cookie from what this returns: the token itself, not the stored hash.
      return { sessionToken, userId: created.userId, expires: created.expires }
    },
    async getSessionAndUser(sessionToken) {
      const session = await readSession(await getDb(), sessionToken).catch((error: unknown) => {
        sessionReadFailure().error = error instanceof Error ? error : new Error(String(error))
        throw error
      })
      return session ? { session: { sessionToken, userId: session.userId, expires: session.expires }, user: toUser(session.user) } : null
    },
    async updateSession({ sessionToken, expires }) {
      const updated = await (await getDb()).session.updateMany({ where: { sessionToken: hashSessionToken(sessionToken) }, data: { expires } })
      return updated.count ? { sessionToken, userId: '', expires: expires! } : null
    },
    async deleteSession(sessionToken) {
      await (await getDb()).session.deleteMany({ where: { sessionToken: hashSessionToken(sessionToken) } })
    },
  }
}

/**
 * The session behind a token with its person, or null (and the session deleted) when it is past
 * its maximum lifetime, expired or the person is disabled. The person's memberships come in the
 * same statement (relation joins): the actor is left for the request, so getActor does not read
 * them again.
 */
async function readSession(db: Db, token: string) {
  const sessionToken = hashSessionToken(token)
  // Note: the memberships are where the person's tenant context comes from (a forum member's is
  // bound to a partnership, and RLS hides it from a query with no context, ADR 034), so the read
  // sees every tenant, for this one session's person only, inside one statement (./session-read.ts).
  const session = await readSessionRow(db, sessionToken)
  if (!session) return null
  const tooOld = Date.now() - session.createdAt.getTime() > sessionPolicy.maximumSeconds * 1000
  if (tooOld || session.user.disabledAt || session.expires.getTime() < Date.now()) {
    await db.session.deleteMany({ where: { sessionToken } })
    return null
  }
  requestActors().set(session.userId, toActor(session.user))
  return session
}
