import { lockRow } from '@/server/db/lock-row'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { hasApprovedMinutes, managedRow } from './forum-access'
import { MEETING_PAGE, ZAddAgendaItem, type TForumResult } from './schemas'

/**
 * Adds an item at the end of a meeting's agenda. A meeting whose minutes are approved is locked:
 * its agenda is part of the record.
 */
export const addAgendaItem = defineUseCase(
  { name: 'forum.add-agenda-item', permission: 'manage:forum', input: ZAddAgendaItem, audit: 'agenda_item.add', revalidate: () => [MEETING_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TForumResult> => {
    const meeting = await tx.meeting.findFirst({ where: managedRow(actor, d.meetingId), select: { id: true, partnershipId: true, status: true } })
    if (!meeting) return { ok: false, error: 'notFound' }
    // Note: locks the meeting row, so two items added at once get positions one after the other.
    await lockRow(tx, 'Meeting', meeting.id)
    if ((await hasApprovedMinutes(tx, meeting.id)) || meeting.status === 'CANCELLED') return { ok: false, error: 'locked' }
    const last = await tx.agendaItem.aggregate({ where: { meetingId: meeting.id }, _max: { position: true } })
    const item = await tx.agendaItem.create({
      data: { partnershipId: meeting.partnershipId, meetingId: meeting.id, position: (last._max.position ?? 0) + 1, title: d.title, description: d.description ?? null },
    })
    await audit({ entity: 'AgendaItem', entityId: item.id, partnershipId: meeting.partnershipId, data: { meetingId: meeting.id, position: item.position, title: d.title } })
    return { ok: true, done: 'itemAdded', id: meeting.id }
  },
)
