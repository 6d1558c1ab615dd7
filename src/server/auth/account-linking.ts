import type { Db } from '@/server/db/client'

/**
 * Whether a login with a provider's identity (provider + subject) may go on, and how (ADR 044):
 * - `existing`: the identity is already linked to a person: the provider's stable subject decides.
 * - `new-person`: no person has the login's e-mail address (or it has none): Auth.js creates one
 *   (Feide staff are then placed by onboarding, ADR 030; anyone else sees «no access yet»).
 * - `link`: a person was provisioned by staff (an invitation or an import wrote the row with this
 *   address) and has no identity at this provider yet, and the provider says it verified the
 *   address (`email_verified: true`): the first login links it, as invitations need.
 * - refused: the address is not verified (`unverified`), or the person already has another
 *   identity at this provider (`other-subject`: an address that moved to someone else, or a
 *   second account, must not take over the first one's person).
 *
 * Note: Auth.js's own linking (`allowDangerousEmailAccountLinking`) links on the address alone,
 * whatever the provider says of it and whatever is linked already; this check runs first
 * (the signIn callback), so that flag only ever acts on a `link` decided here.
 */
export type TLinkDecision = 'existing' | 'new-person' | 'link' | 'unverified' | 'other-subject'

export interface TLoginIdentity {
  provider: string
  providerAccountId: string
  email?: string | null
  /** The provider's `email_verified` claim, as sent (only `true` counts). */
  emailVerified?: unknown
}

export async function accountLinkDecision(db: Db, login: TLoginIdentity): Promise<TLinkDecision> {
  const linked = await db.account.findUnique({ where: { provider_providerAccountId: { provider: login.provider, providerAccountId: login.providerAccountId } }, select: { id: true } })
  if (linked) return 'existing'
  if (!login.email) return 'new-person'
  // The same lookup as the adapter's getUserByEmail, which Auth.js links to.
  const person = await db.user.findFirst({ where: { email: login.email, disabledAt: null }, select: { id: true, accounts: { where: { provider: login.provider }, select: { id: true } } } })
  if (!person) return 'new-person'
  if (login.emailVerified !== true) return 'unverified'
  if (person.accounts.length > 0) return 'other-subject'
  return 'link'
}

export const refusedLink = (decision: TLinkDecision) => decision === 'unverified' || decision === 'other-subject'
