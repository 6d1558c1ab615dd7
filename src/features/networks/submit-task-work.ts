import { networkScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { ownMemberUnit } from './member-unit'
import { GATHERING_PAGE } from './paths'
import { ZSubmitTaskWork, type TNetworksResult } from './schemas'

/**
 * A unit's principal or head hands in the unit's pre-work, or writes its reflection log entry
 * (post-work). Saving again replaces the text: the coordinator sees whether it is done.
 */
export const submitTaskWork = defineUseCase(
  { name: 'networks.submit-task-work', permission: 'read:partnership', input: ZSubmitTaskWork, audit: 'gathering.task.submit', revalidate: () => [GATHERING_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TNetworksResult> => {
    const task = await tx.gatheringTask.findFirst({
      where: { id: d.taskId, gathering: { network: networkScope(actor) } },
      select: { id: true, partnershipId: true, gatheringId: true, gathering: { select: { networkId: true } } },
    })
    if (!task) return { ok: false, error: 'notFound' }
    const unit = await ownMemberUnit(tx, actor, task.gathering.networkId, d.unitId)
    if (!unit.ok) return unit
    const row = await tx.taskSubmission.upsert({
      where: { taskId_unitId: { taskId: task.id, unitId: unit.unitId } },
      create: { partnershipId: task.partnershipId, taskId: task.id, unitId: unit.unitId, text: d.text, submittedById: actor.userId },
      update: { text: d.text, submittedById: actor.userId, submittedAt: new Date() },
    })
    await audit({ entity: 'TaskSubmission', entityId: row.id, partnershipId: task.partnershipId, data: { taskId: task.id, unitId: unit.unitId } })
    return { ok: true, done: 'workSubmitted', id: task.gatheringId }
  },
)
