import { defineUseCase } from '@/server/usecase/define-use-case'
import { GATHERING_PAGE } from './paths'
import { lockJoinableGathering, seatsTaken } from './seats'
import { ZGatheringRef, type TNetworksResult } from './schemas'

/**
 * A network member, or the principal or head of a member unit, registers themselves: a seat while
 * there are any, else a place at the end of the waiting list. Registering again after cancelling
 * puts the person at the end of the queue. Who may join is data (gatheringJoinScope).
 */
export const registerForGathering = defineUseCase(
  { name: 'networks.register-for-gathering', permission: 'read:partnership', input: ZGatheringRef, audit: 'gathering.register', revalidate: () => [GATHERING_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TNetworksResult> => {
    const open = await lockJoinableGathering(tx, actor, d.gatheringId)
    if (!open.ok) return open
    const { gathering } = open
    const existing = await tx.gatheringRegistration.findUnique({ where: { gatheringId_userId: { gatheringId: gathering.id, userId: actor.userId } } })
    if (existing && existing.status !== 'CANCELLED') return { ok: false, error: 'alreadyRegistered' }
    const status = (await seatsTaken(tx, gathering.id)) < gathering.seatLimit ? 'REGISTERED' : 'WAITING'
    const fresh = { status, registeredAt: new Date(), cancelledAt: null, attended: null } as const
    const row = existing
      ? await tx.gatheringRegistration.update({ where: { id: existing.id }, data: fresh })
      : await tx.gatheringRegistration.create({ data: { partnershipId: gathering.partnershipId, gatheringId: gathering.id, userId: actor.userId, ...fresh } })
    await audit({ entity: 'GatheringRegistration', entityId: row.id, partnershipId: gathering.partnershipId, data: { gatheringId: gathering.id, status } })
    return { ok: true, done: status === 'REGISTERED' ? 'registered' : 'waitingListed', id: gathering.id }
  },
)
