import { defineUseCase } from '@/server/usecase/define-use-case'
import { MEETING_PAGE, ZApproveMinutes, type TForumResult } from './schemas'
import { managedRow } from './forum-access'

/**
 * Records that the forum approved a version of the minutes. From then on the database refuses any
 * change to it, and the meeting's agenda is locked.
 */
export const approveMinutes = defineUseCase(
  { name: 'forum.approve-minutes', permission: 'manage:forum', input: ZApproveMinutes, audit: 'minutes.approve', revalidate: () => [MEETING_PAGE] },
  async ({ tx, actor, input: { minutesId }, audit }): Promise<TForumResult> => {
    const minutes = await tx.minutes.findFirst({
      where: managedRow(actor, minutesId),
      select: { id: true, status: true, version: true, meetingId: true, partnershipId: true },
    })
    if (!minutes) return { ok: false, error: 'notFound' }
    if (minutes.status === 'APPROVED') return { ok: false, error: 'alreadyApproved' }
    // Note: only a draft can change; the WHERE makes a second approval at the same time a no-op.
    const { count } = await tx.minutes.updateMany({ where: { id: minutes.id, status: 'DRAFT' }, data: { status: 'APPROVED', approvedAt: new Date(), approvedById: actor.userId } })
    if (count === 0) return { ok: false, error: 'alreadyApproved' }
    await audit({ entity: 'Minutes', entityId: minutes.id, partnershipId: minutes.partnershipId, data: { meetingId: minutes.meetingId, version: minutes.version } })
    return { ok: true, done: 'minutesApproved', id: minutes.meetingId }
  },
)
