import { awardRecipients } from '@/features/funding/award-recipients'
import { refuseUniqueRace } from '@/server/usecase/database-fallback'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { managedRow } from './forum-access'
import { RECOMMENDATION_PAGE, ZDraftRecommendation, type TRecommendationResult } from './recommendation-schemas'

/**
 * Saves the draft of a forum's recommendation for a year: a note and a planned amount per school
 * owner or UH partner of the partnership. No grant year is needed (the county governor's decision
 * names it later). The draft is saved over; after a return, a new version starts. An adopted, sent
 * or decided version is refused (`locked`): the database locks its amounts too.
 */
const draftOnce = defineUseCase(
  { name: 'forum.draft-recommendation', permission: 'manage:forum', input: ZDraftRecommendation, audit: 'recommendation.draft', revalidate: () => [RECOMMENDATION_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TRecommendationResult> => {
    // Only a collaboration forum makes the recommendation (issue 20; the database holds it too).
    const forum = await tx.forum.findFirst({ where: { ...managedRow(actor, d.forumId), kind: 'COLLABORATION_FORUM' }, select: { id: true, partnershipId: true } })
    if (!forum) return { ok: false, error: 'notFound' }
    const ids = Object.keys(d.amounts)
    const known = await tx.organisation.count({ where: { AND: [{ id: { in: ids } }, awardRecipients(forum.partnershipId)] } })
    if (known !== ids.length) return { ok: false, error: 'notRecipient', fields: ['amounts'] }

    const last = await tx.recommendation.findFirst({ where: { forumId: forum.id, year: d.year }, orderBy: { version: 'desc' }, select: { id: true, version: true, status: true } })
    if (last && last.status !== 'DRAFT' && last.status !== 'RETURNED') return { ok: false, error: 'locked' }
    const draft =
      last?.status === 'DRAFT'
        ? await tx.recommendation.update({ where: { id: last.id }, data: { note: d.note ?? null }, select: { id: true, version: true } })
        : await tx.recommendation.create({
            data: { partnershipId: forum.partnershipId, forumId: forum.id, year: d.year, version: (last?.version ?? 0) + 1, note: d.note ?? null, createdById: actor.userId },
            select: { id: true, version: true },
          })
    await tx.recommendationLine.deleteMany({ where: { recommendationId: draft.id } })
    const lines = Object.entries(d.amounts).filter(([, ore]) => ore > 0n)
    await tx.recommendationLine.createMany({ data: lines.map(([recipientId, amountOre]) => ({ partnershipId: forum.partnershipId, recommendationId: draft.id, recipientId, amountOre })) })
    await audit({
      entity: 'Recommendation',
      entityId: draft.id,
      partnershipId: forum.partnershipId,
      data: { year: d.year, version: draft.version, lines: Object.fromEntries(lines.map(([id, ore]) => [id, ore.toString()])) },
    })
    return { ok: true, done: 'drafted', id: forum.id }
  },
)

/** Two first drafts of one year racing: the one-live-version index lets one through; the other sees it as saved by someone else. */
export const draftRecommendation = refuseUniqueRace(draftOnce, () => ({ ok: false, error: 'locked' as const }))
