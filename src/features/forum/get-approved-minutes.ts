import 'server-only'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { readForumRow } from './forum-access'

/**
 * An approved version of a meeting's minutes with the meeting's decisions, for the PDF; the newest
 * approved one when `version` is null. Null when the actor may not see the meeting or there is no
 * such approved version (drafts are not exported: only what the forum approved is the record).
 */
export async function getApprovedMinutes(db: Db, actor: Actor, meetingId: string, version: number | null) {
  return readForumRow(db, actor, meetingId, async (tx, row) => {
    const meeting = await tx.meeting.findFirst({
      where: row,
      select: {
        id: true,
        title: true,
        startsAt: true,
        place: true,
        forum: { select: { id: true, name: true } },
        minutes: { where: { status: 'APPROVED', ...(version ? { version } : {}) }, orderBy: { version: 'desc' }, take: 1, select: { version: true, text: true, approvedAt: true } },
        agendaItems: {
          orderBy: { position: 'asc' },
          select: { decision: { select: { reference: true, outcome: true, text: true, votes: { select: { choice: true } } } } },
        },
      },
    })
    const minutes = meeting?.minutes[0]
    if (!meeting || !minutes?.approvedAt) return null
    return {
      forumId: meeting.forum.id,
      forumName: meeting.forum.name,
      meetingTitle: meeting.title,
      startsAt: meeting.startsAt,
      place: meeting.place,
      version: minutes.version,
      approvedAt: minutes.approvedAt,
      text: minutes.text,
      decisions: meeting.agendaItems.flatMap((i) => (i.decision ? [i.decision] : [])),
    }
  })
}
