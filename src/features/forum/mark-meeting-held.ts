import { defineUseCase } from '@/server/usecase/define-use-case'
import { MEETING_PAGE, ZMarkMeetingHeld, type TForumResult } from './schemas'
import { managedRow } from './forum-access'

/**
 * The secretariat records that a planned meeting was held, so that its decisions may be recorded
 * before its planned time has passed (issue 19: decisions only for a held meeting). Only a planned
 * meeting changes; the WHERE makes a second click a no-op.
 */
export const markMeetingHeld = defineUseCase(
  { name: 'forum.mark-meeting-held', permission: 'manage:forum', input: ZMarkMeetingHeld, audit: 'meeting.held', revalidate: () => [MEETING_PAGE, '/forum/[forumId]'] },
  async ({ tx, actor, input: { meetingId }, audit }): Promise<TForumResult> => {
    const meeting = await tx.meeting.findFirst({ where: managedRow(actor, meetingId), select: { id: true, partnershipId: true, status: true } })
    if (!meeting) return { ok: false, error: 'notFound' }
    if (meeting.status !== 'PLANNED') return { ok: false, error: 'locked' }
    const { count } = await tx.meeting.updateMany({ where: { id: meeting.id, status: 'PLANNED' }, data: { status: 'HELD' } })
    if (count === 0) return { ok: false, error: 'locked' }
    await audit({ entity: 'Meeting', entityId: meeting.id, partnershipId: meeting.partnershipId, data: { status: 'HELD' } })
    return { ok: true, done: 'meetingHeld', id: meeting.id }
  },
)
