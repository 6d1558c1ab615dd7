import type { Actor } from '@/server/authz/actor'
import { can } from '@/server/authz/actor'
import { grantableRoles, organisationManageScope, partnershipManageScope, unitManageScope } from '@/server/authz/scopes'
import type { Db } from '@/server/db/client'
import { withActorTenants } from '@/server/authz/tenants'
import { roleTarget } from './roles'
import { ZInviteMembership, type TMembershipResult } from './schemas'

/**
 * Invites a person (by e-mail) into an organisation, partnership or unit with a role. A person
 * who has never logged in gets a user row waiting for them; their first Feide or ID-porten login
 * with that address links to it (src/server/auth/providers.ts). Written with its audit row in one
 * transaction.
 */
export async function inviteMembership(db: Db, actor: Actor, input: unknown): Promise<TMembershipResult> {
  if (!can(actor, 'manage:membership')) return { ok: false, error: 'forbidden' }
  const parsed = ZInviteMembership.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0])))] }
  const { email, name, role } = parsed.data
  if (!grantableRoles(actor).includes(role)) return { ok: false, error: 'roleNotGrantable', fields: ['role'] }

  return withActorTenants(db, actor, async (tx) => {
    const target = roleTarget[role]
    const place: { organisationId?: string; partnershipId?: string; unitId?: string } = {}
    if (target.kind === 'organisation') {
      if (!parsed.data.organisationId) return { ok: false, error: 'targetMissing', fields: ['organisationId'] }
      const organisation = await tx.organisation.findFirst({
        where: { AND: [{ id: parsed.data.organisationId, kind: { in: [...target.organisationKinds] } }, organisationManageScope(actor)] },
        select: { id: true },
      })
      if (!organisation) return { ok: false, error: 'targetNotFound', fields: ['organisationId'] }
      place.organisationId = organisation.id
    } else if (target.kind === 'partnership') {
      if (!parsed.data.partnershipId) return { ok: false, error: 'targetMissing', fields: ['partnershipId'] }
      const partnership = await tx.partnership.findFirst({
        where: { AND: [{ id: parsed.data.partnershipId }, partnershipManageScope(actor)] },
        select: { id: true },
      })
      if (!partnership) return { ok: false, error: 'targetNotFound', fields: ['partnershipId'] }
      place.partnershipId = partnership.id
    } else if (target.kind === 'unit') {
      if (!parsed.data.unitOrgNumber) return { ok: false, error: 'targetMissing', fields: ['unitOrgNumber'] }
      const unit = await tx.unit.findFirst({
        where: { AND: [{ orgNumber: parsed.data.unitOrgNumber, kind: target.unitKind, active: true }, unitManageScope(actor)] },
        select: { id: true },
      })
      if (!unit) return { ok: false, error: 'targetNotFound', fields: ['unitOrgNumber'] }
      place.unitId = unit.id
    }

    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } })
    if (existing?.disabledAt) return { ok: false, error: 'userDisabled', fields: ['email'] }
    const user = existing ?? (await tx.user.create({ data: { email, name }, select: { id: true, disabledAt: true } }))
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
    await tx.auditLog.create({
      data: {
        actorUserId: actor.userId,
        partnershipId: place.partnershipId ?? null,
        action: 'membership.invite',
        entity: 'Membership',
        entityId: membership.id,
        data: { userId: user.id, email, role, ...place, newUser: !existing },
      },
    })
    return { ok: true, done: 'invited' }
  })
}
