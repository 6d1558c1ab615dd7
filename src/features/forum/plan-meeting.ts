import { osloDay, osloLocalToDate } from '@/lib/oslo-time'
import { appUrl } from '@/server/email/app-url'
import { enqueueEmail } from '@/server/email/outbox'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { meetingInvitationEmail } from './meeting-invitation-email'
import { membersOn } from './members-on'
import { ZPlanMeeting, type TForumResult } from './schemas'
import { managedRow } from './forum-access'

/**
 * The secretariat plans a meeting: title, time (Oslo), place or video link. The invitation to
 * every member on that day with an email address goes into the outbox in the same transaction.
 */
export const planMeeting = defineUseCase(
  { name: 'forum.plan-meeting', permission: 'manage:forum', input: ZPlanMeeting, audit: 'meeting.plan', revalidate: () => ['/forum/[forumId]'], sendsEmail: true },
  async ({ tx, actor, input: d, audit }): Promise<TForumResult> => {
    const forum = await tx.forum.findFirst({ where: managedRow(actor, d.forumId), select: { id: true, name: true, partnershipId: true } })
    if (!forum) return { ok: false, error: 'notFound' }
    const meeting = await tx.meeting.create({
      data: { partnershipId: forum.partnershipId, forumId: forum.id, title: d.title, startsAt: osloLocalToDate(d.startsAt), place: d.place ?? null, videoUrl: d.videoUrl ?? null },
    })
    const members = await tx.forumMember.findMany({
      where: membersOn(forum.id, osloDay(meeting.startsAt)),
      select: { personName: true, email: true, user: { select: { email: true, locale: true } } },
    })
    const url = appUrl(`/forum/${forum.id}/moter/${meeting.id}`)
    for (const m of members) {
      const to = m.email ?? m.user?.email
      if (!to) continue
      const mail = meetingInvitationEmail({ locale: m.user?.locale, name: m.personName, forum: forum.name, title: d.title, startsAt: meeting.startsAt, place: meeting.place, videoUrl: meeting.videoUrl, url })
      await enqueueEmail(tx, { kind: 'meeting.invitation', to, ...mail })
    }
    await audit({ entity: 'Meeting', entityId: meeting.id, partnershipId: forum.partnershipId, data: { forumId: forum.id, title: d.title, startsAt: meeting.startsAt.toISOString() } })
    return { ok: true, done: 'meetingPlanned', id: meeting.id }
  },
)
