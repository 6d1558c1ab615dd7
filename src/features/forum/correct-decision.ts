import { lockRow } from '@/server/db/lock-row'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { ZCorrectDecision, type TForumResult } from './schemas'
import { managedRow } from './forum-access'

/**
 * A decision is corrected by a new version of its text with the reason, never by an edit (issue
 * 19): the original stays as version 1, each correction is a row the database never changes, and
 * the public journal shows the text in force with the corrections and their reasons. The lock on
 * the decision numbers two corrections at the same time one after the other.
 */
export const correctDecision = defineUseCase(
  { name: 'forum.correct-decision', permission: 'manage:forum', input: ZCorrectDecision, audit: 'decision.correct', revalidate: () => ['/forum/[forumId]', '/forum/[forumId]/moter/[meetingId]', '/vedtak/[slug]'] },
  async ({ tx, actor, input: d, audit }): Promise<TForumResult> => {
    const decision = await tx.decision.findFirst({
      where: managedRow(actor, d.decisionId),
      select: { id: true, partnershipId: true, forumId: true, text: true, agendaItem: { select: { meetingId: true } } },
    })
    if (!decision) return { ok: false, error: 'notFound' }
    await lockRow(tx, 'Decision', decision.id)
    const latest = await tx.decisionCorrection.findFirst({ where: { decisionId: decision.id }, orderBy: { version: 'desc' }, select: { version: true, text: true } })
    if ((latest?.text ?? decision.text) === d.text) return { ok: false, error: 'unchanged', fields: ['text'] }
    const version = (latest?.version ?? 1) + 1
    const correction = await tx.decisionCorrection.create({ data: { partnershipId: decision.partnershipId, decisionId: decision.id, version, text: d.text, reason: d.reason, createdById: actor.userId } })
    await audit({ entity: 'Decision', entityId: decision.id, partnershipId: decision.partnershipId, data: { correctionId: correction.id, version, reason: d.reason } })
    return { ok: true, done: 'corrected', id: decision.agendaItem?.meetingId ?? decision.forumId }
  },
)
