import { can, type Actor } from '@/server/authz/actor'
import { planWriteScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields, ZSavePlanLevel, type TMeasuresResult } from './schemas'

/** Writes one level of a plan (signs of good practice, picture of the future, methods); a second save replaces the texts. */
export async function savePlanLevel(db: Db, actor: Actor, input: unknown): Promise<TMeasuresResult> {
  if (!can(actor, 'write:plan')) return { ok: false, error: 'forbidden' }
  const parsed = ZSavePlanLevel.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const { planId, level, ...texts } = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const plan = await tx.developmentPlan.findFirst({ where: { AND: [{ id: planId }, planWriteScope(actor)] }, select: { id: true, partnershipId: true } })
    if (!plan) return { ok: false, error: 'notFound' }
    const row = await tx.planLevel.upsert({
      where: { planId_level: { planId: plan.id, level } },
      create: { partnershipId: plan.partnershipId, planId: plan.id, level, ...texts },
      update: texts,
    })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: plan.partnershipId, action: 'plan.level.save', entity: 'PlanLevel', entityId: row.id, data: { planId: plan.id, level, ...texts } },
    })
    return { ok: true, done: 'levelSaved', id: plan.id }
  })
}
