import { can, type Actor } from '@/server/authz/actor'
import { forumManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { osloLocalToDate } from '@/lib/oslo-time'
import { invalidFields, ZPlanMeeting, type TForumResult } from './schemas'

/** The secretariat plans a meeting: title, time (Oslo), place or video link. */
export async function planMeeting(db: Db, actor: Actor, input: unknown): Promise<TForumResult> {
  if (!can(actor, 'manage:forum')) return { ok: false, error: 'forbidden' }
  const parsed = ZPlanMeeting.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const forum = await tx.forum.findFirst({ where: { id: d.forumId, partnership: forumManageScope(actor) }, select: { id: true, partnershipId: true } })
    if (!forum) return { ok: false, error: 'notFound' }
    const meeting = await tx.meeting.create({
      data: { partnershipId: forum.partnershipId, forumId: forum.id, title: d.title, startsAt: osloLocalToDate(d.startsAt), place: d.place ?? null, videoUrl: d.videoUrl ?? null },
    })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: forum.partnershipId, action: 'meeting.plan', entity: 'Meeting', entityId: meeting.id, data: { forumId: forum.id, title: d.title, startsAt: meeting.startsAt.toISOString() } },
    })
    return { ok: true, done: 'meetingPlanned', id: meeting.id }
  })
}
