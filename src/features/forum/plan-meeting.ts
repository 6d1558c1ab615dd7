import { can, type Actor } from '@/server/authz/actor'
import { forumManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { osloDay, osloLocalToDate } from '@/lib/oslo-time'
import { appUrl } from '@/server/email/app-url'
import { enqueueEmail } from '@/server/email/outbox'
import { meetingInvitationEmail } from './meeting-invitation-email'
import { invalidFields, ZPlanMeeting, type TForumResult } from './schemas'
import { membersOn } from './members-on'

/**
 * The secretariat plans a meeting: title, time (Oslo), place or video link. The invitation to
 * every member on that day with an email address goes into the outbox in the same transaction.
 */
export async function planMeeting(db: Db, actor: Actor, input: unknown): Promise<TForumResult> {
  if (!can(actor, 'manage:forum')) return { ok: false, error: 'forbidden' }
  const parsed = ZPlanMeeting.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const forum = await tx.forum.findFirst({ where: { id: d.forumId, partnership: forumManageScope(actor) }, select: { id: true, name: true, partnershipId: true } })
    if (!forum) return { ok: false, error: 'notFound' }
    const meeting = await tx.meeting.create({
      data: { partnershipId: forum.partnershipId, forumId: forum.id, title: d.title, startsAt: osloLocalToDate(d.startsAt), place: d.place ?? null, videoUrl: d.videoUrl ?? null },
    })
    const day = osloDay(meeting.startsAt)
    const members = await tx.forumMember.findMany({
      where: membersOn(forum.id, day),
      select: { personName: true, email: true, user: { select: { email: true, locale: true } } },
    })
    const url = appUrl(`/forum/${forum.id}/moter/${meeting.id}`)
    for (const m of members) {
      const to = m.email ?? m.user?.email
      if (!to) continue
      const mail = meetingInvitationEmail({ locale: m.user?.locale, name: m.personName, forum: forum.name, title: d.title, startsAt: meeting.startsAt, place: meeting.place, videoUrl: meeting.videoUrl, url })
      await enqueueEmail(tx, { kind: 'meeting.invitation', to, ...mail })
    }
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: forum.partnershipId, action: 'meeting.plan', entity: 'Meeting', entityId: meeting.id, data: { forumId: forum.id, title: d.title, startsAt: meeting.startsAt.toISOString() } },
    })
    return { ok: true, done: 'meetingPlanned', id: meeting.id }
  })
}
