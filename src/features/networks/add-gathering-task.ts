import { can, type Actor } from '@/server/authz/actor'
import { networkCoordinateScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields, ZAddGatheringTask, type TNetworksResult } from './schemas'

/** The coordinator sets the pre-work each unit does before the gathering, or the post-work after it. */
export async function addGatheringTask(db: Db, actor: Actor, input: unknown): Promise<TNetworksResult> {
  if (!can(actor, 'coordinate:networks')) return { ok: false, error: 'forbidden' }
  const parsed = ZAddGatheringTask.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const gathering = await tx.gathering.findFirst({ where: { id: d.gatheringId, network: networkCoordinateScope(actor) }, select: { id: true, partnershipId: true } })
    if (!gathering) return { ok: false, error: 'notFound' }
    const task = await tx.gatheringTask.create({ data: { partnershipId: gathering.partnershipId, gatheringId: gathering.id, kind: d.kind, text: d.text, dueOn: new Date(d.dueOn) } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: gathering.partnershipId, action: 'gathering.task.add', entity: 'GatheringTask', entityId: task.id, data: { gatheringId: gathering.id, kind: d.kind, dueOn: d.dueOn } },
    })
    return { ok: true, done: 'taskAdded', id: gathering.id }
  })
}
