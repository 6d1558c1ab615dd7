import { can, type Actor } from '@/server/authz/actor'
import { planWriteScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { osloDay } from '@/lib/oslo-time'
import { invalidFields, ZAddPlanReview, type TMeasuresResult } from './schemas'

/**
 * A progress review of one level on a day. Reviews are never edited (a trigger refuses UPDATE):
 * a new view of the same level is a new row, so the plan keeps its track over time.
 */
export async function addPlanReview(db: Db, actor: Actor, input: unknown): Promise<TMeasuresResult> {
  if (!can(actor, 'write:plan')) return { ok: false, error: 'forbidden' }
  const parsed = ZAddPlanReview.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data
  // A review records how things stood, so it cannot be dated after today (in Norway).
  if (new Date(d.reviewedOn) > osloDay(new Date())) return { ok: false, error: 'futureDate', fields: ['reviewedOn'] }

  return withActorTenants(db, actor, async (tx) => {
    const plan = await tx.developmentPlan.findFirst({ where: { AND: [{ id: d.planId }, planWriteScope(actor)] }, select: { id: true, partnershipId: true } })
    if (!plan) return { ok: false, error: 'notFound' }
    const review = await tx.planReview.create({
      data: { partnershipId: plan.partnershipId, planId: plan.id, level: d.level, reviewedOn: new Date(d.reviewedOn), stage: d.stage, note: d.note, createdById: actor.userId },
    })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: plan.partnershipId, action: 'plan.review.add', entity: 'PlanReview', entityId: review.id, data: { planId: plan.id, level: d.level, reviewedOn: d.reviewedOn, stage: d.stage } },
    })
    return { ok: true, done: 'reviewAdded', id: plan.id }
  })
}
