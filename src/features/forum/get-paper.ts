import 'server-only'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { readForumRow } from './forum-access'

/** One paper's file, or null when the actor may not see its meeting. */
export async function getPaper(db: Db, actor: Actor, paperId: string) {
  return readForumRow(db, actor, paperId, (tx, row) =>
    tx.agendaPaper.findFirst({
      where: row,
      select: { fileName: true, contentType: true, content: true, agendaItem: { select: { meetingId: true, meeting: { select: { forumId: true } } } } },
    }),
  )
}
