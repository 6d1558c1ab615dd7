import type { Role } from '@/generated/prisma/client'
import type { Actor } from '@/server/authz/actor'
import { grantableRoles, organisationManageScope, partnershipManageScope, unitManageScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'
import { appUrl } from '@/server/email/app-url'
import { enqueueEmail } from '@/server/email/outbox'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { invitationEmail } from './invitation-email'
import { roleTarget } from './roles'
import { ZInviteMembership, type TInviteMembership, type TMembershipResult } from './schemas'

type TPlace = { organisationId?: string; partnershipId?: string; unitId?: string }

/**
 * Invites a person (by e-mail) into an organisation, partnership or unit with a role. A person
 * who has never logged in gets a user row waiting for them; their first Feide or ID-porten login
 * with that address links to it (src/server/auth/providers.ts). Written with its audit row and the
 * invitation email (queued in the outbox, in the invitee's language) in one transaction: the email
 * goes out if and only if the membership exists. The action kicks delivery after the response.
 */
export const inviteMembership = defineUseCase(
  {
    name: 'memberships.invite-membership',
    permission: 'manage:membership',
    input: ZInviteMembership,
    audit: 'membership.invite',
    revalidate: () => ['/admin/medlemskap'],
    sendsEmail: true,
  },
  async ({ tx, actor, input, audit }): Promise<TMembershipResult> => {
    const { email, name, role } = input
    if (!grantableRoles(actor).includes(role)) return { ok: false, error: 'roleNotGrantable', fields: ['role'] }
    const found = await findPlace(tx, actor, role, input)
    if (!found.ok) return found
    const { place, placeName } = found

    const userFields = { id: true, name: true, locale: true, disabledAt: true } as const
    const existing = await tx.user.findUnique({ where: { email }, select: userFields })
    if (existing?.disabledAt) return { ok: false, error: 'userDisabled', fields: ['email'] }
    const user = existing ?? (await tx.user.create({ data: { email, name }, select: userFields }))
    const duplicate = await tx.membership.count({
      where: {
        userId: user.id,
        role,
        endedAt: null,
        organisationId: place.organisationId ?? null,
        partnershipId: place.partnershipId ?? null,
        unitId: place.unitId ?? null,
      },
    })
    if (duplicate) return { ok: false, error: 'duplicate' }

    const membership = await tx.membership.create({ data: { userId: user.id, role, ...place }, select: { id: true } })
    await audit({
      entity: 'Membership',
      entityId: membership.id,
      partnershipId: place.partnershipId ?? null,
      data: { userId: user.id, email, role, ...place, newUser: !existing },
    })
    // A person who already has an account is addressed by the name and language they have there.
    const content = invitationEmail({ locale: user.locale, name: user.name, email, inviter: actor.name, role, place: placeName, loginUrl: appUrl('/logg-inn') })
    await enqueueEmail(tx, { kind: 'membership.invite', to: email, ...content })
    return { ok: true, done: 'invited' }
  },
)

/** The organisation, partnership or unit the role points to, found inside what the actor administers. */
async function findPlace(
  tx: Tx,
  actor: Actor,
  role: Role,
  input: TInviteMembership,
): Promise<{ ok: true; place: TPlace; placeName: string | null } | { ok: false; error: 'targetMissing' | 'targetNotFound'; fields: string[] }> {
  const target = roleTarget[role]
  if (target.kind === 'organisation') {
    if (!input.organisationId) return { ok: false, error: 'targetMissing', fields: ['organisationId'] }
    const organisation = await tx.organisation.findFirst({
      where: { AND: [{ id: input.organisationId, kind: { in: [...target.organisationKinds] } }, organisationManageScope(actor)] },
      select: { id: true, name: true },
    })
    if (!organisation) return { ok: false, error: 'targetNotFound', fields: ['organisationId'] }
    return { ok: true, place: { organisationId: organisation.id }, placeName: organisation.name }
  }
  if (target.kind === 'partnership') {
    if (!input.partnershipId) return { ok: false, error: 'targetMissing', fields: ['partnershipId'] }
    const partnership = await tx.partnership.findFirst({ where: { AND: [{ id: input.partnershipId }, partnershipManageScope(actor)] }, select: { id: true, name: true } })
    if (!partnership) return { ok: false, error: 'targetNotFound', fields: ['partnershipId'] }
    return { ok: true, place: { partnershipId: partnership.id }, placeName: partnership.name }
  }
  if (target.kind === 'unit') {
    if (!input.unitOrgNumber) return { ok: false, error: 'targetMissing', fields: ['unitOrgNumber'] }
    const unit = await tx.unit.findFirst({
      where: { AND: [{ orgNumber: input.unitOrgNumber, kind: target.unitKind, active: true }, unitManageScope(actor)] },
      select: { id: true, name: true },
    })
    if (!unit) return { ok: false, error: 'targetNotFound', fields: ['unitOrgNumber'] }
    return { ok: true, place: { unitId: unit.id }, placeName: unit.name }
  }
  return { ok: true, place: {}, placeName: null }
}
