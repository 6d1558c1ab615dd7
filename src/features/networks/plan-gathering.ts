import { can, type Actor } from '@/server/authz/actor'
import { networkCoordinateScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { osloLocalToDate } from '@/lib/oslo-time'
import { appUrl } from '@/server/email/app-url'
import { enqueueEmail } from '@/server/email/outbox'
import { gatheringInvitationEmail } from './gathering-email'
import { networkRecipients } from './recipients'
import { invalidFields, ZPlanGathering, type TNetworksResult } from './schemas'

/**
 * A coordinator plans a gathering (times typed in Oslo time). The invitation to the network's
 * people and the principals and heads of its units goes into the outbox in the same transaction.
 */
export async function planGathering(db: Db, actor: Actor, input: unknown): Promise<TNetworksResult> {
  if (!can(actor, 'coordinate:networks')) return { ok: false, error: 'forbidden' }
  const parsed = ZPlanGathering.safeParse(input)
  if (!parsed.success) {
    const order = parsed.error.issues.some((i) => i.message === 'order')
    return { ok: false, error: order ? 'endsBeforeStart' : 'invalid', fields: invalidFields(parsed.error) }
  }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const network = await tx.network.findFirst({ where: { AND: [{ id: d.networkId }, networkCoordinateScope(actor)] }, select: { id: true, name: true, partnershipId: true } })
    if (!network) return { ok: false, error: 'notFound' }
    const gathering = await tx.gathering.create({
      data: {
        partnershipId: network.partnershipId,
        networkId: network.id,
        title: d.title,
        programme: d.programme ?? null,
        place: d.place ?? null,
        startsAt: osloLocalToDate(d.startsAt),
        endsAt: osloLocalToDate(d.endsAt),
        seatLimit: d.seatLimit,
      },
    })
    const url = appUrl(`/nettverk/${network.id}/samlinger/${gathering.id}`)
    const recipients = await networkRecipients(tx, network.id)
    for (const r of recipients) {
      const mail = gatheringInvitationEmail({ locale: r.locale, name: r.name, network: network.name, title: gathering.title, startsAt: gathering.startsAt, place: gathering.place, url })
      await enqueueEmail(tx, { kind: 'gathering.invitation', to: r.email, ...mail })
    }
    await tx.auditLog.create({
      data: {
        actorUserId: actor.userId,
        partnershipId: network.partnershipId,
        action: 'gathering.plan',
        entity: 'Gathering',
        entityId: gathering.id,
        data: { networkId: network.id, title: d.title, startsAt: gathering.startsAt.toISOString(), seatLimit: d.seatLimit, invited: recipients.length },
      },
    })
    return { ok: true, done: 'gatheringPlanned', id: gathering.id, values: { invited: recipients.length } }
  })
}
