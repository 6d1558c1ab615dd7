import { osloDay } from '@/lib/oslo-time'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { hasApprovedMinutes, managedRow } from './forum-access'
import { membersOn } from './members-on'
import { MEETING_PAGE, ZRegisterAttendance, type TForumResult } from './schemas'

/**
 * Who was at the meeting: every member of that day is marked present or absent at once (a member
 * left out of `present` was absent). Part of the record, so not after the minutes are approved.
 */
export const registerAttendance = defineUseCase(
  { name: 'forum.register-attendance', permission: 'manage:forum', input: ZRegisterAttendance, audit: 'meeting.attendance', revalidate: () => [MEETING_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TForumResult> => {
    const meeting = await tx.meeting.findFirst({ where: managedRow(actor, d.meetingId), select: { id: true, partnershipId: true, forumId: true, startsAt: true } })
    if (!meeting) return { ok: false, error: 'notFound' }
    if (await hasApprovedMinutes(tx, meeting.id)) return { ok: false, error: 'locked' }
    const members = await tx.forumMember.findMany({ where: membersOn(meeting.forumId, osloDay(meeting.startsAt)), select: { id: true } })
    const ids = new Set(members.map((m) => m.id))
    if (d.present.some((id) => !ids.has(id))) return { ok: false, error: 'notMember', fields: ['present'] }
    await tx.meetingAttendance.deleteMany({ where: { meetingId: meeting.id } })
    await tx.meetingAttendance.createMany({ data: members.map((m) => ({ partnershipId: meeting.partnershipId, meetingId: meeting.id, memberId: m.id, present: d.present.includes(m.id) })) })
    await tx.meeting.update({ where: { id: meeting.id }, data: { status: 'HELD' } })
    await audit({ entity: 'Meeting', entityId: meeting.id, partnershipId: meeting.partnershipId, data: { present: d.present, members: members.length } })
    return { ok: true, done: 'attendanceSaved', id: meeting.id }
  },
)
