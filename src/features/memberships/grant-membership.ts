import type { Role } from '@/generated/prisma/client'
import type { Actor } from '@/server/authz/actor'
import type { Tx } from '@/server/db/tenant'
import { appUrl } from '@/server/email/app-url'
import { enqueueEmail } from '@/server/email/outbox'
import type { TAuditEntry } from '@/server/usecase/audit'
import { invitationEmail } from './invitation-email'
import type { TMembershipFailure } from './schemas'

export type TMembershipPlace = { organisationId?: string; partnershipId?: string; unitId?: string }

/**
 * Gives a person (by e-mail) a membership at a place the caller has already found inside what
 * the actor administers, with its audit row and the invitation email in the caller's
 * transaction. A person who has never logged in gets a user row waiting for them; their first
 * Feide or ID-porten login with that address links to it (src/server/auth/providers.ts).
 * Shared by the membership administration and the unit's staff page.
 */
export async function grantMembership(
  tx: Tx,
  actor: Actor,
  audit: (entry: TAuditEntry) => Promise<void>,
  g: { email: string; name: string; role: Role; place: TMembershipPlace; placeName: string | null },
): Promise<{ ok: true; membershipId: string } | TMembershipFailure> {
  const { email, name, role, place } = g
  const userFields = { id: true, name: true, locale: true, disabledAt: true } as const
  const existing = await tx.user.findUnique({ where: { email }, select: userFields })
  if (existing?.disabledAt) return { ok: false, error: 'userDisabled', fields: ['email'] }
  const user = existing ?? (await tx.user.create({ data: { email, name }, select: userFields }))
  const duplicate = await tx.membership.count({
    where: { userId: user.id, role, endedAt: null, organisationId: place.organisationId ?? null, partnershipId: place.partnershipId ?? null, unitId: place.unitId ?? null },
  })
  if (duplicate) return { ok: false, error: 'duplicate' }

  const membership = await tx.membership.create({ data: { userId: user.id, role, ...place }, select: { id: true } })
  await audit({ entity: 'Membership', entityId: membership.id, partnershipId: place.partnershipId ?? null, data: { userId: user.id, email, role, ...place, newUser: !existing } })
  // A person who already has an account is addressed by the name and language they have there.
  const content = invitationEmail({ locale: user.locale, name: user.name, email, inviter: actor.name, role, place: g.placeName, loginUrl: appUrl('/logg-inn') })
  await enqueueEmail(tx, { kind: 'membership.invite', to: email, ...content })
  return { ok: true, membershipId: membership.id }
}
