import { can, type Actor } from '@/server/authz/actor'
import { forumManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields, ZAddAgendaItem, type TForumResult } from './schemas'

/**
 * Adds an item at the end of a meeting's agenda. A meeting whose minutes are approved is locked:
 * its agenda is part of the record.
 */
export async function addAgendaItem(db: Db, actor: Actor, input: unknown): Promise<TForumResult> {
  if (!can(actor, 'manage:forum')) return { ok: false, error: 'forbidden' }
  const parsed = ZAddAgendaItem.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const meeting = await tx.meeting.findFirst({ where: { id: d.meetingId, partnership: forumManageScope(actor) }, select: { id: true, partnershipId: true, status: true } })
    if (!meeting) return { ok: false, error: 'notFound' }
    // Note: locks the meeting row, so two items added at once get positions one after the other.
    await tx.$queryRaw`SELECT 1 FROM "Meeting" WHERE "id" = ${meeting.id}::uuid FOR UPDATE`
    const approved = await tx.minutes.count({ where: { meetingId: meeting.id, status: 'APPROVED' } })
    if (approved || meeting.status === 'CANCELLED') return { ok: false, error: 'locked' }
    const last = await tx.agendaItem.aggregate({ where: { meetingId: meeting.id }, _max: { position: true } })
    const item = await tx.agendaItem.create({
      data: { partnershipId: meeting.partnershipId, meetingId: meeting.id, position: (last._max.position ?? 0) + 1, title: d.title, description: d.description ?? null },
    })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: meeting.partnershipId, action: 'agenda_item.add', entity: 'AgendaItem', entityId: item.id, data: { meetingId: meeting.id, position: item.position, title: d.title } },
    })
    return { ok: true, done: 'itemAdded', id: meeting.id }
  })
}
