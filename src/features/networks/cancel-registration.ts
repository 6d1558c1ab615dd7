import { can, type Actor } from '@/server/authz/actor'
import { gatheringJoinScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { appUrl } from '@/server/email/app-url'
import { enqueueEmail } from '@/server/email/outbox'
import { seatFreedEmail } from './gathering-email'
import { lockGathering, seatsTaken, waitingOrder } from './seats'
import { invalidFields, ZGatheringRef, type TNetworksResult } from './schemas'

/**
 * A person cancels their own registration. When that frees a seat, the first on the waiting list
 * (in order of registration) gets it and an email saying so, in the same transaction.
 */
export async function cancelRegistration(db: Db, actor: Actor, input: unknown): Promise<TNetworksResult> {
  if (!can(actor, 'join:gatherings')) return { ok: false, error: 'forbidden' }
  const parsed = ZGatheringRef.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const gathering = await tx.gathering.findFirst({
      where: { AND: [{ id: d.gatheringId }, gatheringJoinScope(actor)] },
      select: { id: true, partnershipId: true, networkId: true, title: true, place: true, network: { select: { name: true } } },
    })
    if (!gathering) return { ok: false, error: 'notFound' }
    const locked = await lockGathering(tx, gathering.id)
    if (locked.startsAt <= new Date()) return { ok: false, error: 'started' }
    const mine = await tx.gatheringRegistration.findUnique({ where: { gatheringId_userId: { gatheringId: gathering.id, userId: actor.userId } } })
    if (!mine || mine.status === 'CANCELLED') return { ok: false, error: 'notRegistered' }
    await tx.gatheringRegistration.update({ where: { id: mine.id }, data: { status: 'CANCELLED', cancelledAt: new Date(), attended: null } })

    let movedUp: string | null = null
    if ((await seatsTaken(tx, gathering.id)) < locked.seatLimit) {
      const next = await tx.gatheringRegistration.findFirst({
        where: { gatheringId: gathering.id, status: 'WAITING' },
        orderBy: waitingOrder,
        select: { id: true, user: { select: { name: true, email: true, locale: true } } },
      })
      if (next) {
        await tx.gatheringRegistration.update({ where: { id: next.id }, data: { status: 'REGISTERED' } })
        movedUp = next.id
        if (next.user.email) {
          const url = appUrl(`/nettverk/${gathering.networkId}/samlinger/${gathering.id}`)
          const mail = seatFreedEmail({ locale: next.user.locale, name: next.user.name, network: gathering.network.name, title: gathering.title, startsAt: locked.startsAt, place: gathering.place, url })
          await enqueueEmail(tx, { kind: 'gathering.seat', to: next.user.email, ...mail })
        }
      }
    }
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: gathering.partnershipId, action: 'gathering.cancel', entity: 'GatheringRegistration', entityId: mine.id, data: { gatheringId: gathering.id, was: mine.status, movedUp } },
    })
    return { ok: true, done: 'cancelled', id: gathering.id }
  })
}
