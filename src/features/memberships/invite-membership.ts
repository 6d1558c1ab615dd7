import type { Actor } from '@/server/authz/actor'
import { can } from '@/server/authz/actor'
import { grantableRoles, organisationManageScope, partnershipManageScope, unitManageScope } from '@/server/authz/scopes'
import type { Db } from '@/server/db/client'
import { withActorTenants } from '@/server/authz/tenants'
import { appUrl } from '@/server/email/app-url'
import { enqueueEmail } from '@/server/email/outbox'
import { invitationEmail } from './invitation-email'
import { roleTarget } from './roles'
import { ZInviteMembership, type TMembershipResult } from './schemas'

/**
 * Invites a person (by e-mail) into an organisation, partnership or unit with a role. A person
 * who has never logged in gets a user row waiting for them; their first Feide or ID-porten login
 * with that address links to it (src/server/auth/providers.ts). Written with its audit row and the
 * invitation email (queued in the outbox, in the invitee's language) in one transaction: the email
 * goes out if and only if the membership exists. The caller kicks delivery (kickOutbox).
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
    let placeName: string | null = null
    if (target.kind === 'organisation') {
      if (!parsed.data.organisationId) return { ok: false, error: 'targetMissing', fields: ['organisationId'] }
      const organisation = await tx.organisation.findFirst({
        where: { AND: [{ id: parsed.data.organisationId, kind: { in: [...target.organisationKinds] } }, organisationManageScope(actor)] },
        select: { id: true, name: true },
      })
      if (!organisation) return { ok: false, error: 'targetNotFound', fields: ['organisationId'] }
      place.organisationId = organisation.id
      placeName = organisation.name
    } else if (target.kind === 'partnership') {
      if (!parsed.data.partnershipId) return { ok: false, error: 'targetMissing', fields: ['partnershipId'] }
      const partnership = await tx.partnership.findFirst({
        where: { AND: [{ id: parsed.data.partnershipId }, partnershipManageScope(actor)] },
        select: { id: true, name: true },
      })
      if (!partnership) return { ok: false, error: 'targetNotFound', fields: ['partnershipId'] }
      place.partnershipId = partnership.id
      placeName = partnership.name
    } else if (target.kind === 'unit') {
      if (!parsed.data.unitOrgNumber) return { ok: false, error: 'targetMissing', fields: ['unitOrgNumber'] }
      const unit = await tx.unit.findFirst({
        where: { AND: [{ orgNumber: parsed.data.unitOrgNumber, kind: target.unitKind, active: true }, unitManageScope(actor)] },
        select: { id: true, name: true },
      })
      if (!unit) return { ok: false, error: 'targetNotFound', fields: ['unitOrgNumber'] }
      place.unitId = unit.id
      placeName = unit.name
    }

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
    // A person who already has an account is addressed by the name and language they have there.
    const content = invitationEmail({ locale: user.locale, name: user.name, email, inviter: actor.name, role, place: placeName, loginUrl: appUrl('/logg-inn') })
    await enqueueEmail(tx, { kind: 'membership.invite', to: email, ...content })
    return { ok: true, done: 'invited' }
  })
}
