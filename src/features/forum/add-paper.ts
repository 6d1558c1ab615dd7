import { defineUseCase } from '@/server/usecase/define-use-case'
import { checkedFile } from './checked-file'
import { hasApprovedMinutes, managedRow } from './forum-access'
import { MEETING_PAGE, ZAddPaper, type TForumResult } from './schemas'

/**
 * The secretariat attaches a paper to an agenda item. Type (by name and first bytes) and size are
 * checked before anything is written; the file is kept in the database with its SHA-256, so it is
 * backed up and walled off by tenant like the rest. Not on a closed item or a locked meeting.
 */
export const addPaper = defineUseCase(
  { name: 'forum.add-paper', permission: 'manage:forum', input: ZAddPaper, audit: 'paper.add', revalidate: () => [MEETING_PAGE] },
  async ({ tx, actor, input: { agendaItemId, file }, audit }): Promise<TForumResult> => {
    const checked = await checkedFile(file)
    if ('error' in checked) return { ok: false, error: checked.error, fields: ['file'] }
    const { fileName, contentType, sizeBytes, sha256, content } = checked

    const item = await tx.agendaItem.findFirst({ where: managedRow(actor, agendaItemId), select: { id: true, partnershipId: true, closedAt: true, meetingId: true } })
    if (!item) return { ok: false, error: 'notFound' }
    if (item.closedAt) return { ok: false, error: 'closed' }
    if (await hasApprovedMinutes(tx, item.meetingId)) return { ok: false, error: 'locked' }
    const paper = await tx.agendaPaper.create({
      data: {
        partnershipId: item.partnershipId,
        agendaItemId: item.id,
        fileName,
        contentType,
        sizeBytes,
        sha256,
        content,
        uploadedById: actor.userId,
      },
      select: { id: true, sha256: true },
    })
    await audit({ entity: 'AgendaPaper', entityId: paper.id, partnershipId: item.partnershipId, data: { agendaItemId: item.id, fileName, contentType, sizeBytes, sha256: paper.sha256 } })
    return { ok: true, done: 'paperAdded', id: item.meetingId }
  },
)
