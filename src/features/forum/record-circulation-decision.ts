import { osloDay } from '@/lib/oslo-time'
import { refuseUniqueRace } from '@/server/usecase/database-fallback'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { ZRecordCirculationDecision, type TForumDone, type TForumResult } from './schemas'
import { managedRow } from './forum-access'

/**
 * A decision without a meeting (issue 19): the body decided by circulation among its members, on a
 * day that has come. It belongs to no agenda item (the database holds that), is taken by
 * consensus, and is journaled like any other decision unless exempt.
 */
const recordCirculationDecisionOnce = defineUseCase(
  { name: 'forum.record-circulation-decision', permission: 'manage:forum', input: ZRecordCirculationDecision, audit: 'decision.circulation', revalidate: (r: TForumDone) => [`/forum/${r.id}`] },
  async ({ tx, actor, input: d, audit }): Promise<TForumResult> => {
    const body = await tx.forum.findFirst({ where: managedRow(actor, d.forumId), select: { id: true, partnershipId: true } })
    if (!body) return { ok: false, error: 'notFound' }
    if (d.decidedOn > osloDay(new Date()).toISOString().slice(0, 10)) return { ok: false, error: 'futureDate', fields: ['decidedOn'] }
    if (await tx.decision.count({ where: { forumId: body.id, reference: d.reference } })) return { ok: false, error: 'duplicateReference', fields: ['reference'] }
    const decision = await tx.decision.create({
      data: { partnershipId: body.partnershipId, forumId: body.id, byCirculation: true, reference: d.reference, decidedOn: new Date(d.decidedOn), proposal: d.proposal, outcome: 'CONSENSUS', text: d.text, exemptFromPublic: d.exemptFromPublic },
    })
    await audit({ entity: 'Decision', entityId: decision.id, partnershipId: body.partnershipId, data: { forumId: body.id, reference: d.reference, byCirculation: true, decidedOn: d.decidedOn, exemptFromPublic: d.exemptFromPublic } })
    return { ok: true, done: 'decided', id: body.id }
  },
)

/** Two decisions racing for one reference are settled by the unique index (see record-decision.ts). */
export const recordCirculationDecision = refuseUniqueRace(recordCirculationDecisionOnce, () => ({ ok: false, error: 'duplicateReference' as const, fields: ['reference'] }))
