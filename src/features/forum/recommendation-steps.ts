import type { Tx } from '@/server/db/tenant'
import { lockRow } from '@/server/db/lock-row'
import { defineUseCase } from '@/server/usecase/define-use-case'
import type { RecommendationStatus } from '@/generated/prisma/enums'
import { managedRow } from './forum-access'
import { RECOMMENDATION_PAGE, ZAdoptRecommendation, ZSendRecommendation, type TRecommendationResult } from './recommendation-schemas'

/**
 * A version of a recommendation the actor's secretariat runs, locked for the rest of the
 * transaction and read under the lock, so two steps at once are taken one after the other.
 */
async function lockedVersion(tx: Tx, actor: Parameters<typeof managedRow>[0], id: string) {
  const found = await tx.recommendation.findFirst({ where: managedRow(actor, id), select: { id: true, forumId: true, partnershipId: true, year: true, version: true } })
  if (!found) return null
  const locked = await lockRow<{ status: RecommendationStatus }>(tx, 'Recommendation', found.id, { columns: ['status::text'] })
  return { ...found, status: locked!.status }
}

/** Records that a forum decision adopted the draft: from now on its amounts are locked. */
export const adoptRecommendation = defineUseCase(
  { name: 'forum.adopt-recommendation', permission: 'manage:forum', input: ZAdoptRecommendation, audit: 'recommendation.adopt', revalidate: () => [RECOMMENDATION_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TRecommendationResult> => {
    const version = await lockedVersion(tx, actor, d.recommendationId)
    if (!version) return { ok: false, error: 'notFound' }
    if (version.status !== 'DRAFT') return { ok: false, error: 'notDraft' }
    const decision = await tx.decision.findFirst({ where: { id: d.decisionId, forumId: version.forumId }, select: { id: true, reference: true } })
    if (!decision) return { ok: false, error: 'notFound', fields: ['decisionId'] }
    if ((await tx.recommendationLine.count({ where: { recommendationId: version.id } })) === 0) return { ok: false, error: 'noLines' }
    await tx.recommendation.update({ where: { id: version.id }, data: { status: 'ADOPTED', decisionId: decision.id, adoptedAt: new Date() } })
    await audit({ entity: 'Recommendation', entityId: version.id, partnershipId: version.partnershipId, data: { year: version.year, version: version.version, decisionId: decision.id, reference: decision.reference } })
    return { ok: true, done: 'adopted', id: version.forumId }
  },
)

/**
 * Sends the adopted version to the county governor. Irreversible: the database refuses any change
 * to it from now on but the county governor's answer; the audit row keeps the amounts as sent.
 */
export const sendRecommendation = defineUseCase(
  { name: 'forum.send-recommendation', permission: 'manage:forum', input: ZSendRecommendation, audit: 'recommendation.send', revalidate: () => [RECOMMENDATION_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TRecommendationResult> => {
    const version = await lockedVersion(tx, actor, d.recommendationId)
    if (!version) return { ok: false, error: 'notFound' }
    if (version.status !== 'ADOPTED') return { ok: false, error: 'notAdopted' }
    await tx.recommendation.update({ where: { id: version.id }, data: { status: 'SENT', sentAt: new Date(), sentById: actor.userId } })
    const lines = await tx.recommendationLine.findMany({ where: { recommendationId: version.id }, select: { recipientId: true, amountOre: true } })
    await audit({
      entity: 'Recommendation',
      entityId: version.id,
      partnershipId: version.partnershipId,
      data: { year: version.year, version: version.version, lines: Object.fromEntries(lines.map((l) => [l.recipientId, l.amountOre.toString()])) },
    })
    return { ok: true, done: 'sent', id: version.forumId }
  },
)
