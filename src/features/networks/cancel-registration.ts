import type { Tx } from '@/server/db/tenant'
import { appUrl } from '@/server/email/app-url'
import { enqueueEmail } from '@/server/email/outbox'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { seatFreedEmail } from './gathering-email'
import { GATHERING_PAGE, gatheringPath } from './paths'
import { lockJoinableGathering, seatsTaken, waitingOrder } from './seats'
import { ZGatheringRef, type TNetworksResult } from './schemas'

/**
 * A person cancels their own registration. When that frees a seat, the first on the waiting list
 * (in order of registration) gets it and an email saying so, in the same transaction.
 */
export const cancelRegistration = defineUseCase(
  { name: 'networks.cancel-registration', permission: 'read:partnership', input: ZGatheringRef, audit: 'gathering.cancel', revalidate: () => [GATHERING_PAGE], sendsEmail: true },
  async ({ tx, actor, input: d, audit }): Promise<TNetworksResult> => {
    const open = await lockJoinableGathering(tx, actor, d.gatheringId)
    if (!open.ok) return open
    const { gathering } = open
    const mine = await tx.gatheringRegistration.findUnique({ where: { gatheringId_userId: { gatheringId: gathering.id, userId: actor.userId } } })
    if (!mine || mine.status === 'CANCELLED') return { ok: false, error: 'notRegistered' }
    await tx.gatheringRegistration.update({ where: { id: mine.id }, data: { status: 'CANCELLED', cancelledAt: new Date(), attended: null } })
    const movedUp = (await seatsTaken(tx, gathering.id)) < gathering.seatLimit ? await moveUpFirstWaiting(tx, gathering) : null
    await audit({ entity: 'GatheringRegistration', entityId: mine.id, partnershipId: gathering.partnershipId, data: { gatheringId: gathering.id, was: mine.status, movedUp } })
    return { ok: true, done: 'cancelled', id: gathering.id }
  },
)

/** Gives the freed seat to the first on the waiting list, with an email saying so; its registration id, or null when nobody waits. */
async function moveUpFirstWaiting(tx: Tx, gathering: { id: string; networkId: string; title: string; place: string | null; startsAt: Date; network: { name: string } }): Promise<string | null> {
  const next = await tx.gatheringRegistration.findFirst({
    where: { gatheringId: gathering.id, status: 'WAITING' },
    orderBy: waitingOrder,
    select: { id: true, user: { select: { name: true, email: true, locale: true } } },
  })
  if (!next) return null
  await tx.gatheringRegistration.update({ where: { id: next.id }, data: { status: 'REGISTERED' } })
  if (next.user.email) {
    const url = appUrl(gatheringPath(gathering.networkId, gathering.id))
    const mail = seatFreedEmail({ locale: next.user.locale, name: next.user.name, network: gathering.network.name, title: gathering.title, startsAt: gathering.startsAt, place: gathering.place, url })
    await enqueueEmail(tx, { kind: 'gathering.seat', to: next.user.email, ...mail })
  }
  return next.id
}
