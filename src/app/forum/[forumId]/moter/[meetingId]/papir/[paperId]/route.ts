import { getPaper } from '@/features/forum/queries'
import { getDb } from '@/server/db'
import { downloadResponse } from '@/server/http/download'
import { protectedDownload } from '@/server/http/protected-download'

/** GET - a paper of an agenda item, as a download. 'read:forum' and the forum scope, as the meeting page. */
export async function GET(request: Request, { params }: { params: Promise<{ forumId: string; meetingId: string; paperId: string }> }) {
  const { forumId, meetingId, paperId } = await params
  return protectedDownload(request, 'read:forum', async (actor) => {
    const paper = await getPaper(await getDb(), actor, paperId)
    if (!paper || paper.agendaItem.meetingId !== meetingId || paper.agendaItem.meeting.forumId !== forumId) return null
    // Note: a file someone uploaded: besides being a download (never inline on our origin), it runs nothing if opened.
    return downloadResponse(paper.content, paper.contentType, paper.fileName, { 'Content-Security-Policy': "default-src 'none'; sandbox" })
  })
}
