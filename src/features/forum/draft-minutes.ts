import { lockRow } from '@/server/db/lock-row'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { MEETING_PAGE, ZDraftMinutes, type TForumResult } from './schemas'
import { managedRow } from './forum-access'

/**
 * The secretariat writes the minutes of a meeting. While the newest version is a draft it is
 * saved over; once a version is approved, writing again starts the next version (a correction),
 * and the approved one stays as it was.
 */
export const draftMinutes = defineUseCase(
  { name: 'forum.draft-minutes', permission: 'manage:forum', input: ZDraftMinutes, audit: 'minutes.draft', revalidate: () => [MEETING_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TForumResult> => {
    const meeting = await tx.meeting.findFirst({ where: managedRow(actor, d.meetingId), select: { id: true, partnershipId: true } })
    if (!meeting) return { ok: false, error: 'notFound' }
    // Note: locks the meeting, so two drafts saved at once do not both start a new version.
    await lockRow(tx, 'Meeting', meeting.id)
    const latest = await tx.minutes.findFirst({ where: { meetingId: meeting.id }, orderBy: { version: 'desc' }, select: { id: true, version: true, status: true } })
    const minutes =
      latest?.status === 'DRAFT'
        ? await tx.minutes.update({ where: { id: latest.id }, data: { text: d.text, createdById: actor.userId } })
        : await tx.minutes.create({ data: { partnershipId: meeting.partnershipId, meetingId: meeting.id, version: (latest?.version ?? 0) + 1, text: d.text, createdById: actor.userId } })
    await audit({ entity: 'Minutes', entityId: minutes.id, partnershipId: meeting.partnershipId, data: { meetingId: meeting.id, version: minutes.version, correction: latest?.status === 'APPROVED' } })
    return { ok: true, done: 'minutesDrafted', id: meeting.id }
  },
)
