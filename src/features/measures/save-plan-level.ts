import { defineUseCase } from '@/server/usecase/define-use-case'
import { writablePlan } from './row-access'
import { ZSavePlanLevel, type TMeasuresResult } from './schemas'

/** Writes one level of a plan (signs of good practice, picture of the future, methods); a second save replaces the texts. */
// The types are spelt out: TypeScript does not infer the result type through `revalidate`'s parameter.
export const savePlanLevel = defineUseCase<typeof ZSavePlanLevel, TMeasuresResult>(
  { name: 'measures.save-plan-level', permission: 'write:plan', input: ZSavePlanLevel, audit: 'plan.level.save', revalidate: (r) => [`/planer/${r.id}`] },
  async ({ tx, actor, input: { planId, level, ...texts }, audit }): Promise<TMeasuresResult> => {
    const plan = await writablePlan(tx, actor, planId)
    if (!plan) return { ok: false, error: 'notFound' }
    const row = await tx.planLevel.upsert({
      where: { planId_level: { planId: plan.id, level } },
      create: { partnershipId: plan.partnershipId, planId: plan.id, level, ...texts },
      update: texts,
    })
    await audit({ entity: 'PlanLevel', entityId: row.id, partnershipId: plan.partnershipId, data: { planId: plan.id, level, ...texts } })
    return { ok: true, done: 'levelSaved', id: plan.id }
  },
)
