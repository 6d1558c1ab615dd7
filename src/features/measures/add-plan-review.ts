import { osloDay } from '@/lib/oslo-time'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { writablePlan } from './row-access'
import { ZAddPlanReview, type TMeasuresResult } from './schemas'

/**
 * A progress review of one level on a day. Reviews are never edited (a trigger refuses UPDATE):
 * a new view of the same level is a new row, so the plan keeps its track over time.
 */
// The types are spelt out: TypeScript does not infer the result type through `revalidate`'s parameter.
export const addPlanReview = defineUseCase<typeof ZAddPlanReview, TMeasuresResult>(
  { name: 'measures.add-plan-review', permission: 'write:plan', input: ZAddPlanReview, audit: 'plan.review.add', revalidate: (r) => [`/planer/${r.id}`] },
  async ({ tx, actor, input: d, audit }): Promise<TMeasuresResult> => {
    // A review records how things stood, so it cannot be dated after today (in Norway).
    if (new Date(d.reviewedOn) > osloDay(new Date())) return { ok: false, error: 'futureDate', fields: ['reviewedOn'] }
    const plan = await writablePlan(tx, actor, d.planId)
    if (!plan) return { ok: false, error: 'notFound' }
    const review = await tx.planReview.create({
      data: { partnershipId: plan.partnershipId, planId: plan.id, level: d.level, reviewedOn: new Date(d.reviewedOn), stage: d.stage, note: d.note, createdById: actor.userId },
    })
    await audit({ entity: 'PlanReview', entityId: review.id, partnershipId: plan.partnershipId, data: { planId: plan.id, level: d.level, reviewedOn: d.reviewedOn, stage: d.stage } })
    return { ok: true, done: 'reviewAdded', id: plan.id }
  },
)
