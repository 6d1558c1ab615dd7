import type { Actor } from '@/server/authz/actor'
import { can } from '@/server/authz/actor'
import { membershipManageScope } from '@/server/authz/scopes'
import type { Db } from '@/server/db/client'
import { withActorTenants } from '@/server/authz/tenants'
import { ZEndMembership, type TMembershipResult } from './schemas'

/**
 * Ends a membership the actor administers. The person's access through it stops with their next
 * request, because the actor is read from active memberships on every request. Kept, not deleted:
 * the history of who had which role stays.
 */
export async function endMembership(db: Db, actor: Actor, input: unknown): Promise<TMembershipResult> {
  if (!can(actor, 'manage:membership')) return { ok: false, error: 'forbidden' }
  const parsed = ZEndMembership.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid' }

  return withActorTenants(db, actor, async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { AND: [{ id: parsed.data.membershipId }, membershipManageScope(actor)] },
      select: { id: true, userId: true, role: true, endedAt: true, partnershipId: true },
    })
    if (!membership) return { ok: false, error: 'notFound' }
    if (membership.userId === actor.userId) return { ok: false, error: 'self' }
    if (membership.endedAt) return { ok: false, error: 'alreadyEnded' }
    const ended = await tx.membership.updateMany({ where: { id: membership.id, endedAt: null }, data: { endedAt: new Date() } })
    if (ended.count !== 1) return { ok: false, error: 'alreadyEnded' }
    await tx.auditLog.create({
      data: {
        actorUserId: actor.userId,
        partnershipId: membership.partnershipId,
        action: 'membership.end',
        entity: 'Membership',
        entityId: membership.id,
        data: { userId: membership.userId, role: membership.role },
      },
    })
    return { ok: true, done: 'ended' }
  })
}
