import { networkCoordinateScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { GATHERING_PAGE } from './paths'
import { ZAddGatheringTask, type TNetworksResult } from './schemas'

/** The coordinator sets the pre-work each unit does before the gathering, or the post-work after it (who coordinates: networkCoordinateScope). */
export const addGatheringTask = defineUseCase(
  { name: 'networks.add-gathering-task', permission: 'read:partnership', input: ZAddGatheringTask, audit: 'gathering.task.add', revalidate: () => [GATHERING_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TNetworksResult> => {
    const gathering = await tx.gathering.findFirst({ where: { id: d.gatheringId, network: networkCoordinateScope(actor) }, select: { id: true, partnershipId: true } })
    if (!gathering) return { ok: false, error: 'notFound' }
    const task = await tx.gatheringTask.create({ data: { partnershipId: gathering.partnershipId, gatheringId: gathering.id, kind: d.kind, text: d.text, dueOn: new Date(d.dueOn) } })
    await audit({ entity: 'GatheringTask', entityId: task.id, partnershipId: gathering.partnershipId, data: { gatheringId: gathering.id, kind: d.kind, dueOn: d.dueOn } })
    return { ok: true, done: 'taskAdded', id: gathering.id }
  },
)
