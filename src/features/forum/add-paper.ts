import { createHash } from 'node:crypto'
import { z } from 'zod'
import { can, type Actor } from '@/server/authz/actor'
import { forumManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { cleanFileName, MAX_PAPER_BYTES, paperType } from './paper-types'
import { invalidFields, type TForumResult } from './schemas'

const ZAddPaper = z.object({ agendaItemId: z.uuid(), file: z.instanceof(File) })

/**
 * The secretariat attaches a paper to an agenda item. Type (by name and first bytes) and size are
 * checked before anything is written; the file is kept in the database with its SHA-256, so it is
 * backed up and walled off by tenant like the rest. Not on a closed item or a locked meeting.
 */
export async function addPaper(db: Db, actor: Actor, input: unknown): Promise<TForumResult> {
  if (!can(actor, 'manage:forum')) return { ok: false, error: 'forbidden' }
  const parsed = ZAddPaper.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const { agendaItemId, file } = parsed.data
  if (file.size === 0) return { ok: false, error: 'emptyFile', fields: ['file'] }
  if (file.size > MAX_PAPER_BYTES) return { ok: false, error: 'tooLarge', fields: ['file'] }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const fileName = cleanFileName(file.name)
  const contentType = paperType(fileName, bytes)
  if (!contentType) return { ok: false, error: 'fileType', fields: ['file'] }

  return withActorTenants(db, actor, async (tx) => {
    const item = await tx.agendaItem.findFirst({ where: { id: agendaItemId, partnership: forumManageScope(actor) }, select: { id: true, partnershipId: true, closedAt: true, meetingId: true } })
    if (!item) return { ok: false, error: 'notFound' }
    if (item.closedAt) return { ok: false, error: 'closed' }
    if (await tx.minutes.count({ where: { meetingId: item.meetingId, status: 'APPROVED' } })) return { ok: false, error: 'locked' }
    const paper = await tx.agendaPaper.create({
      data: {
        partnershipId: item.partnershipId,
        agendaItemId: item.id,
        fileName,
        contentType,
        sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        content: bytes,
        uploadedById: actor.userId,
      },
      select: { id: true, sha256: true },
    })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: item.partnershipId, action: 'paper.add', entity: 'AgendaPaper', entityId: paper.id, data: { agendaItemId: item.id, fileName, contentType, sizeBytes: bytes.length, sha256: paper.sha256 } },
    })
    return { ok: true, done: 'paperAdded', id: item.meetingId }
  })
}
