import type { RecommendationStatus } from '@/generated/prisma/enums'
import type { Actor } from '@/server/authz/actor'
import { fundingManageScope } from '@/server/authz/scopes'
import { isDatabaseError } from '@/server/db/errors'
import { lockRow } from '@/server/db/lock-row'
import type { Tx } from '@/server/db/tenant'
import { withDatabaseFallback } from '@/server/usecase/database-fallback'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { RECOMMENDATION_PAGE, ZDecideRecommendation, ZReturnRecommendation, type TRecommendationResult } from '@/features/forum/recommendation-schemas'
import { lockGrantYear } from './lock-grant-year'

type TRefusal = Extract<TRecommendationResult, { ok: false }>
type TLine = { recipientId: string; amountOre: bigint }
type TSent = { id: string; forumId: string; partnershipId: string; year: number; version: number; decisionId: string | null; lines: TLine[] }
type TDecidedAward = { recipientId: string; amountOre: bigint; plannedOre: bigint; reason: string | null }

/**
 * A sent recommendation of a partnership whose money the actor decides (county governor staff),
 * locked for the rest of the transaction: two decisions at once are taken one after the other,
 * and the second finds it decided.
 */
async function lockedSent(tx: Tx, actor: Actor, id: string): Promise<TRefusal | { ok: true; found: TSent }> {
  const found = await tx.recommendation.findFirst({
    where: { id, partnership: fundingManageScope(actor) },
    select: { id: true, forumId: true, partnershipId: true, year: true, version: true, decisionId: true, lines: { select: { recipientId: true, amountOre: true } } },
  })
  if (!found) return { ok: false, error: 'notFound' }
  const { status } = (await lockRow<{ status: RecommendationStatus }>(tx, 'Recommendation', found.id, { columns: ['status::text'] }))!
  if (status === 'DECIDED') return { ok: false, error: 'alreadyDecided' }
  if (status !== 'SENT') return { ok: false, error: 'notSent' }
  return { ok: true, found }
}

/** The awards as decided: the planned amount unless another was typed, which then needs a reason. */
function decidedAwards(lines: TLine[], amounts: Record<string, bigint>, reasons: Record<string, string>): TRefusal | { ok: true; awards: TDecidedAward[] } {
  const unknown = Object.keys(amounts).find((id) => !lines.some((l) => l.recipientId === id))
  if (unknown) return { ok: false, error: 'notRecipient', fields: [`amount.${unknown}`] }
  const awards = lines.map((l) => {
    const amountOre = amounts[l.recipientId] ?? l.amountOre
    return { recipientId: l.recipientId, amountOre, plannedOre: l.amountOre, reason: amountOre === l.amountOre ? null : (reasons[l.recipientId] ?? '') }
  })
  const unexplained = awards.filter((a) => a.reason !== null && a.reason.length < 5)
  if (unexplained.length) return { ok: false, error: 'reasonNeeded', fields: unexplained.map((a) => `reason.${a.recipientId}`) }
  return { ok: true, awards: awards.filter((a) => a.amountOre > 0n) }
}

/**
 * The county governor's decision (vedtak) on a sent recommendation: in one transaction, the grant
 * year's awards to each recipient (prefilled with the planned amounts, changed only with a
 * reason), each naming the forum's decision and this recommendation, within what is left of the
 * grant (the grant year row is locked as for single awards, ADR 010), one audit row per award and
 * one for the decision. The grant year must be open for the recommendation's year.
 */
const decideOnce = defineUseCase(
  { name: 'funding.decide-recommendation', permission: 'manage:funding', input: ZDecideRecommendation, audit: 'recommendation.decide', revalidate: () => [RECOMMENDATION_PAGE, '/okonomi/[grantYearId]'] },
  async ({ tx, actor, input: d, audit }): Promise<TRecommendationResult> => {
    const sent = await lockedSent(tx, actor, d.recommendationId)
    if (!sent.ok) return sent
    const rec = sent.found
    const year = await tx.grantYear.findFirst({ where: { partnershipId: rec.partnershipId, year: rec.year }, select: { id: true } })
    if (!year) return { ok: false, error: 'noGrantYear', values: { year: String(rec.year) } }
    // Note: the lock that keeps this batch and any single award from passing the grant together.
    const locked = await lockGrantYear(tx, year.id, 'update')
    if (locked.status === 'CLOSED') return { ok: false, error: 'closed' }
    const decided = decidedAwards(rec.lines, d.amounts, d.reasons)
    if (!decided.ok) return decided
    const already = (await tx.award.aggregate({ where: { grantYearId: year.id }, _sum: { amountOre: true } }))._sum.amountOre ?? 0n
    const left = locked.stateAmountOre - already
    const total = decided.awards.reduce((sum, a) => sum + a.amountOre, 0n)
    if (total > left) return { ok: false, error: 'overBudget', values: { left: left.toString(), total: total.toString() } }

    await tx.recommendation.update({ where: { id: rec.id }, data: { status: 'DECIDED', decidedAt: new Date(), decidedById: actor.userId, vedtakReference: d.vedtakReference, grantYearId: year.id } })
    const awardedOn = d.awardedOn ? new Date(d.awardedOn) : new Date()
    const base = { partnershipId: rec.partnershipId, grantYearId: year.id, decisionId: rec.decisionId, recommendationId: rec.id, awardedOn }
    const created = await tx.award.createManyAndReturn({
      data: decided.awards.map((a) => ({ ...base, recipientId: a.recipientId, amountOre: a.amountOre, changeReason: a.reason })),
      select: { id: true, recipientId: true, amountOre: true, changeReason: true },
    })
    for (const award of created) {
      const planned = decided.awards.find((a) => a.recipientId === award.recipientId)!.plannedOre
      await audit({
        action: 'award.create',
        entity: 'Award',
        entityId: award.id,
        partnershipId: rec.partnershipId,
        data: { grantYearId: year.id, recipientId: award.recipientId, amountOre: award.amountOre.toString(), plannedOre: planned.toString(), reason: award.changeReason, decisionId: rec.decisionId, recommendationId: rec.id },
      })
    }
    await audit({ entity: 'Recommendation', entityId: rec.id, partnershipId: rec.partnershipId, data: { vedtakReference: d.vedtakReference, grantYearId: year.id, awards: created.length, totalOre: total.toString() } })
    return { ok: true, done: 'decided', id: rec.forumId, values: { count: created.length } }
  },
)

/**
 * The database's last word, when two decisions race past the lock (they cannot through the code,
 * but a second writer could): the one-award-per-recipient index or the grant trigger refused it.
 */
export const decideRecommendation = withDatabaseFallback(decideOnce, (error): Promise<TRecommendationResult | null> => {
  if (isDatabaseError(error, 'unique')) return Promise.resolve({ ok: false, error: 'alreadyDecided' })
  if (isDatabaseError(error, 'check')) return Promise.resolve({ ok: false, error: 'overBudget' })
  return Promise.resolve(null)
})

/** The county governor returns a sent version with a comment; the secretariat then drafts a new version. */
export const returnRecommendation = defineUseCase(
  { name: 'funding.return-recommendation', permission: 'manage:funding', input: ZReturnRecommendation, audit: 'recommendation.return', revalidate: () => [RECOMMENDATION_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TRecommendationResult> => {
    const sent = await lockedSent(tx, actor, d.recommendationId)
    if (!sent.ok) return sent
    const rec = sent.found
    await tx.recommendation.update({ where: { id: rec.id }, data: { status: 'RETURNED', returnedAt: new Date(), returnedById: actor.userId, returnComment: d.comment } })
    await audit({ entity: 'Recommendation', entityId: rec.id, partnershipId: rec.partnershipId, data: { year: rec.year, version: rec.version, comment: d.comment } })
    return { ok: true, done: 'returned', id: rec.forumId }
  },
)
