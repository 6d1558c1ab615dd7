import { getPaper } from '@/features/forum/queries'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'
import { downloadResponse } from '@/server/http/download'

/** GET - a paper of an agenda item, as a download. 'read:forum' and the forum scope, as the meeting page. */
export async function GET(request: Request, { params }: { params: Promise<{ forumId: string; meetingId: string; paperId: string }> }) {
  const actor = await getActor()
  if (!actor) return Response.redirect(new URL('/logg-inn', request.url), 303)
  if (!can(actor, 'read:forum')) return new Response(null, { status: 403 })
  const { forumId, meetingId, paperId } = await params
  const paper = await getPaper(await getDb(), actor, paperId)
  if (!paper || paper.agendaItem.meetingId !== meetingId || paper.agendaItem.meeting.forumId !== forumId) return new Response(null, { status: 404 })
  // Note: a file someone uploaded: besides being a download (never inline on our origin), it runs nothing if opened.
  return downloadResponse(paper.content, paper.contentType, paper.fileName, { 'Content-Security-Policy': "default-src 'none'; sandbox" })
}
