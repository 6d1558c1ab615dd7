import { can, type Actor } from '@/server/authz/actor'
import { networkScope, unitWorkScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields, ZSubmitTaskWork, type TNetworksResult } from './schemas'

/**
 * A unit's principal or head hands in the unit's pre-work, or writes its reflection log entry
 * (post-work). Saving again replaces the text: the coordinator sees whether it is done.
 */
export async function submitTaskWork(db: Db, actor: Actor, input: unknown): Promise<TNetworksResult> {
  if (!can(actor, 'join:gatherings')) return { ok: false, error: 'forbidden' }
  const parsed = ZSubmitTaskWork.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const task = await tx.gatheringTask.findFirst({
      where: { id: d.taskId, gathering: { network: networkScope(actor) } },
      select: { id: true, partnershipId: true, gatheringId: true, gathering: { select: { networkId: true } } },
    })
    if (!task) return { ok: false, error: 'notFound' }
    // Note: the unit id comes from the form: it must be the actor's own unit and a member of this network.
    const unit = await tx.unit.findFirst({ where: { AND: [{ id: d.unitId }, unitWorkScope(actor)] }, select: { id: true } })
    if (!unit) return { ok: false, error: 'forbidden' }
    if (!(await tx.networkUnit.count({ where: { networkId: task.gathering.networkId, unitId: unit.id } }))) return { ok: false, error: 'notMemberUnit' }
    const row = await tx.taskSubmission.upsert({
      where: { taskId_unitId: { taskId: task.id, unitId: unit.id } },
      create: { partnershipId: task.partnershipId, taskId: task.id, unitId: unit.id, text: d.text, submittedById: actor.userId },
      update: { text: d.text, submittedById: actor.userId, submittedAt: new Date() },
    })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: task.partnershipId, action: 'gathering.task.submit', entity: 'TaskSubmission', entityId: row.id, data: { taskId: task.id, unitId: unit.id } },
    })
    return { ok: true, done: 'workSubmitted', id: task.gatheringId }
  })
}
