import { can, type Actor } from '@/server/authz/actor'
import { forumManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields, ZDraftMinutes, type TForumResult } from './schemas'

/**
 * The secretariat writes the minutes of a meeting. While the newest version is a draft it is
 * saved over; once a version is approved, writing again starts the next version (a correction),
 * and the approved one stays as it was.
 */
export async function draftMinutes(db: Db, actor: Actor, input: unknown): Promise<TForumResult> {
  if (!can(actor, 'manage:forum')) return { ok: false, error: 'forbidden' }
  const parsed = ZDraftMinutes.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const meeting = await tx.meeting.findFirst({ where: { id: d.meetingId, partnership: forumManageScope(actor) }, select: { id: true, partnershipId: true } })
    if (!meeting) return { ok: false, error: 'notFound' }
    // Note: locks the meeting, so two drafts saved at once do not both start a new version.
    await tx.$queryRaw`SELECT 1 FROM "Meeting" WHERE "id" = ${meeting.id}::uuid FOR UPDATE`
    const latest = await tx.minutes.findFirst({ where: { meetingId: meeting.id }, orderBy: { version: 'desc' }, select: { id: true, version: true, status: true } })
    const minutes =
      latest?.status === 'DRAFT'
        ? await tx.minutes.update({ where: { id: latest.id }, data: { text: d.text, createdById: actor.userId } })
        : await tx.minutes.create({ data: { partnershipId: meeting.partnershipId, meetingId: meeting.id, version: (latest?.version ?? 0) + 1, text: d.text, createdById: actor.userId } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: meeting.partnershipId, action: 'minutes.draft', entity: 'Minutes', entityId: minutes.id, data: { meetingId: meeting.id, version: minutes.version, correction: latest?.status === 'APPROVED' } },
    })
    return { ok: true, done: 'minutesDrafted', id: meeting.id }
  })
}
