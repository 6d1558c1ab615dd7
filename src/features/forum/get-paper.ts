import 'server-only'
import { isUuid } from '@/lib/uuid'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { forumReadScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'

/** One paper's file, or null when the actor may not see its meeting. */
export async function getPaper(db: Db, actor: Actor, paperId: string) {
  requirePermission(actor, 'read:forum')
  if (!isUuid(paperId)) return null
  return withActorTenants(db, actor, (tx) =>
    tx.agendaPaper.findFirst({
      where: { id: paperId, partnership: forumReadScope(actor) },
      select: { fileName: true, contentType: true, content: true, agendaItem: { select: { meetingId: true, meeting: { select: { forumId: true } } } } },
    }),
  )
}
