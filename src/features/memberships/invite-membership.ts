import type { Role } from '@/generated/prisma/client'
import type { Actor } from '@/server/authz/actor'
import { grantableRoles, organisationManageScope, partnershipManageScope, unitManageScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { grantMembership, type TMembershipPlace } from './grant-membership'
import { roleTarget } from './roles'
import { ZInviteMembership, type TInviteMembership, type TMembershipResult } from './schemas'

/**
 * Invites a person (by e-mail) into an organisation, partnership or unit with a role
 * (grantMembership). Written with its audit row and the invitation email (queued in the outbox,
 * in the invitee's language) in one transaction: the email goes out if and only if the
 * membership exists. The action kicks delivery after the response.
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

    const granted = await grantMembership(tx, actor, audit, { email, name, role, place, placeName })
    if (!granted.ok) return granted
    return { ok: true, done: 'invited' }
  },
)

/** The organisation, partnership or unit the role points to, found inside what the actor administers. */
async function findPlace(
  tx: Tx,
  actor: Actor,
  role: Role,
  input: TInviteMembership,
): Promise<{ ok: true; place: TMembershipPlace; placeName: string | null } | { ok: false; error: 'targetMissing' | 'targetNotFound'; fields: string[] }> {
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
