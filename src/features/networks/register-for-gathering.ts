import { can, type Actor } from '@/server/authz/actor'
import { gatheringJoinScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { lockGathering, seatsTaken } from './seats'
import { invalidFields, ZGatheringRef, type TNetworksResult } from './schemas'

/**
 * A network member, or the principal or head of a member unit, registers themselves: a seat while
 * there are any, else a place at the end of the waiting list. Registering again after cancelling
 * puts the person at the end of the queue.
 */
export async function registerForGathering(db: Db, actor: Actor, input: unknown): Promise<TNetworksResult> {
  if (!can(actor, 'join:gatherings')) return { ok: false, error: 'forbidden' }
  const parsed = ZGatheringRef.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const gathering = await tx.gathering.findFirst({ where: { AND: [{ id: d.gatheringId }, gatheringJoinScope(actor)] }, select: { id: true, partnershipId: true, networkId: true } })
    if (!gathering) return { ok: false, error: 'notFound' }
    const locked = await lockGathering(tx, gathering.id)
    if (locked.startsAt <= new Date()) return { ok: false, error: 'started' }
    const existing = await tx.gatheringRegistration.findUnique({ where: { gatheringId_userId: { gatheringId: gathering.id, userId: actor.userId } } })
    if (existing && existing.status !== 'CANCELLED') return { ok: false, error: 'alreadyRegistered' }
    const status = (await seatsTaken(tx, gathering.id)) < locked.seatLimit ? 'REGISTERED' : 'WAITING'
    const fresh = { status, registeredAt: new Date(), cancelledAt: null, attended: null } as const
    const row = existing
      ? await tx.gatheringRegistration.update({ where: { id: existing.id }, data: fresh })
      : await tx.gatheringRegistration.create({ data: { partnershipId: gathering.partnershipId, gatheringId: gathering.id, userId: actor.userId, ...fresh } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: gathering.partnershipId, action: 'gathering.register', entity: 'GatheringRegistration', entityId: row.id, data: { gatheringId: gathering.id, status } },
    })
    return { ok: true, done: status === 'REGISTERED' ? 'registered' : 'waitingListed', id: gathering.id }
  })
}
