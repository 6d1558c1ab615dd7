import type { Actor } from '@/server/authz/actor'
import { can } from '@/server/authz/actor'
import { grantableRoles, membershipManageScope } from '@/server/authz/scopes'
import type { Db } from '@/server/db/client'
import { withActorTenants } from '@/server/authz/tenants'
import { sameTarget } from './roles'
import { ZChangeMembershipRole, type TMembershipResult } from './schemas'

/** Changes the role of a membership the actor administers, with its audit row in one transaction. */
export async function changeMembershipRole(db: Db, actor: Actor, input: unknown): Promise<TMembershipResult> {
  if (!can(actor, 'manage:membership')) return { ok: false, error: 'forbidden' }
  const parsed = ZChangeMembershipRole.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: ['role'] }
  const { membershipId, role } = parsed.data
  if (!grantableRoles(actor).includes(role)) return { ok: false, error: 'roleNotGrantable', fields: ['role'] }

  return withActorTenants(db, actor, async (tx) => {
    // Note: a membership outside the actor's scope reads as "not found", never "forbidden", so
    // the answer does not reveal that it exists.
    const membership = await tx.membership.findFirst({
      where: { AND: [{ id: membershipId }, membershipManageScope(actor)] },
      select: { id: true, userId: true, role: true, endedAt: true, partnershipId: true },
    })
    if (!membership) return { ok: false, error: 'notFound' }
    if (membership.userId === actor.userId) return { ok: false, error: 'self' }
    if (membership.endedAt) return { ok: false, error: 'alreadyEnded' }
    if (!sameTarget(membership.role, role)) return { ok: false, error: 'roleChangeTarget', fields: ['role'] }
    if (membership.role === role) return { ok: true, done: 'changed' }

    // Guard against a concurrent change: only the role we read is replaced.
    const updated = await tx.membership.updateMany({ where: { id: membership.id, role: membership.role, endedAt: null }, data: { role } })
    if (updated.count !== 1) return { ok: false, error: 'notFound' }
    await tx.auditLog.create({
      data: {
        actorUserId: actor.userId,
        partnershipId: membership.partnershipId,
        action: 'membership.change_role',
        entity: 'Membership',
        entityId: membership.id,
        data: { userId: membership.userId, from: membership.role, to: role },
      },
    })
    return { ok: true, done: 'changed' }
  })
}
