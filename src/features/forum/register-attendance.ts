import { z } from 'zod'
import { can, type Actor } from '@/server/authz/actor'
import { forumManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { osloDay } from '@/lib/oslo-time'
import { invalidFields, type TForumResult } from './schemas'
import { membersOn } from './members-on'

const ZRegisterAttendance = z.object({ meetingId: z.uuid(), present: z.array(z.uuid()).max(500) })

/**
 * Who was at the meeting: every member of that day is marked present or absent at once (a member
 * left out of `present` was absent). Part of the record, so not after the minutes are approved.
 */
export async function registerAttendance(db: Db, actor: Actor, input: unknown): Promise<TForumResult> {
  if (!can(actor, 'manage:forum')) return { ok: false, error: 'forbidden' }
  const parsed = ZRegisterAttendance.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const meeting = await tx.meeting.findFirst({ where: { id: d.meetingId, partnership: forumManageScope(actor) }, select: { id: true, partnershipId: true, forumId: true, startsAt: true } })
    if (!meeting) return { ok: false, error: 'notFound' }
    if (await tx.minutes.count({ where: { meetingId: meeting.id, status: 'APPROVED' } })) return { ok: false, error: 'locked' }
    const day = osloDay(meeting.startsAt)
    const members = await tx.forumMember.findMany({ where: membersOn(meeting.forumId, day), select: { id: true } })
    const ids = new Set(members.map((m) => m.id))
    if (d.present.some((id) => !ids.has(id))) return { ok: false, error: 'notMember', fields: ['present'] }
    await tx.meetingAttendance.deleteMany({ where: { meetingId: meeting.id } })
    await tx.meetingAttendance.createMany({ data: members.map((m) => ({ partnershipId: meeting.partnershipId, meetingId: meeting.id, memberId: m.id, present: d.present.includes(m.id) })) })
    await tx.meeting.update({ where: { id: meeting.id }, data: { status: 'HELD' } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: meeting.partnershipId, action: 'meeting.attendance', entity: 'Meeting', entityId: meeting.id, data: { present: d.present, members: members.length } },
    })
    return { ok: true, done: 'attendanceSaved', id: meeting.id }
  })
}
