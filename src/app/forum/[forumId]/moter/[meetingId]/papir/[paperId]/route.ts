import { getPaper } from '@/features/forum/queries'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

/** GET - a paper of an agenda item, as a download. 'read:forum' and the forum scope, as the meeting page. */
export async function GET(request: Request, { params }: { params: Promise<{ forumId: string; meetingId: string; paperId: string }> }) {
  const actor = await getActor()
  if (!actor) return Response.redirect(new URL('/logg-inn', request.url), 303)
  if (!can(actor, 'read:forum')) return new Response(null, { status: 403 })
  const { forumId, meetingId, paperId } = await params
  const paper = await getPaper(await getDb(), actor, paperId)
  if (!paper || paper.agendaItem.meetingId !== meetingId || paper.agendaItem.meeting.forumId !== forumId) return new Response(null, { status: 404 })
  const ascii = paper.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '')
  return new Response(new Uint8Array(paper.content), {
    headers: {
      'Content-Type': paper.contentType,
      // Note: always a download, never shown inline on our origin, and never sniffed as something else.
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(paper.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  })
}
