import { getPaper } from '@/features/forum/get-paper'
import { downloadResponse } from '@/server/http/download'
import { defineRoute } from '@/server/usecase/define-route'

/** GET - a paper of an agenda item, as a download. The forum scope in the read, as the meeting page. */
export const GET = defineRoute<{ forumId: string; meetingId: string; paperId: string }>(
  { route: '/forum/[forumId]/moter/[meetingId]/papir/[paperId]', permission: 'read:forum' },
  async ({ db, actor, params: { forumId, meetingId, paperId } }) => {
    const paper = await getPaper(db, actor, paperId)
    if (!paper || paper.agendaItem.meetingId !== meetingId || paper.agendaItem.meeting.forumId !== forumId) return null
    // Note: a file someone uploaded: besides being a download (never inline on our origin), it runs nothing if opened.
    return downloadResponse(paper.content, paper.contentType, paper.fileName, { 'Content-Security-Policy': "default-src 'none'; sandbox" })
  },
)
