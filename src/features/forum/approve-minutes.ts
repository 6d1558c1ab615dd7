import { can, type Actor } from '@/server/authz/actor'
import { forumManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields, ZApproveMinutes, type TForumResult } from './schemas'

/**
 * Records that the forum approved a version of the minutes. From then on the database refuses any
 * change to it, and the meeting's agenda is locked.
 */
export async function approveMinutes(db: Db, actor: Actor, input: unknown): Promise<TForumResult> {
  if (!can(actor, 'manage:forum')) return { ok: false, error: 'forbidden' }
  const parsed = ZApproveMinutes.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }

  return withActorTenants(db, actor, async (tx) => {
    const minutes = await tx.minutes.findFirst({
      where: { id: parsed.data.minutesId, partnership: forumManageScope(actor) },
      select: { id: true, status: true, version: true, meetingId: true, partnershipId: true },
    })
    if (!minutes) return { ok: false, error: 'notFound' }
    if (minutes.status === 'APPROVED') return { ok: false, error: 'alreadyApproved' }
    // Note: only a draft can change; the WHERE makes a second approval at the same time a no-op.
    const { count } = await tx.minutes.updateMany({ where: { id: minutes.id, status: 'DRAFT' }, data: { status: 'APPROVED', approvedAt: new Date(), approvedById: actor.userId } })
    if (count === 0) return { ok: false, error: 'alreadyApproved' }
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: minutes.partnershipId, action: 'minutes.approve', entity: 'Minutes', entityId: minutes.id, data: { meetingId: minutes.meetingId, version: minutes.version } },
    })
    return { ok: true, done: 'minutesApproved', id: minutes.meetingId }
  })
}
