import { networkCoordinateScope } from '@/server/authz/scopes'
import { osloLocalToDate } from '@/lib/oslo-time'
import { appUrl } from '@/server/email/app-url'
import { enqueueEmail } from '@/server/email/outbox'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { gatheringInvitationEmail } from './gathering-email'
import { gatheringPath, NETWORK_PAGE } from './paths'
import { networkRecipients } from './recipients'
import { invalidGathering, ZPlanGathering, type TNetworksResult } from './schemas'

/**
 * A coordinator plans a gathering (times typed in Oslo time). The invitation to the network's
 * people and the principals and heads of its units goes into the outbox in the same transaction.
 *
 * Note: read:partnership is held by everyone who reads networks; who coordinates this one is
 * data (a COORDINATOR row, or the secretariat), decided by networkCoordinateScope.
 */
export const planGathering = defineUseCase(
  {
    name: 'networks.plan-gathering',
    permission: 'read:partnership',
    input: ZPlanGathering,
    audit: 'gathering.plan',
    invalid: invalidGathering,
    revalidate: () => [NETWORK_PAGE],
    sendsEmail: true,
  },
  async ({ tx, actor, input: d, audit }): Promise<TNetworksResult> => {
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
    const url = appUrl(gatheringPath(network.id, gathering.id))
    const recipients = await networkRecipients(tx, network.id)
    for (const r of recipients) {
      const mail = gatheringInvitationEmail({ locale: r.locale, name: r.name, network: network.name, title: gathering.title, startsAt: gathering.startsAt, place: gathering.place, url })
      await enqueueEmail(tx, { kind: 'gathering.invitation', to: r.email, ...mail })
    }
    await audit({
      entity: 'Gathering',
      entityId: gathering.id,
      partnershipId: network.partnershipId,
      data: { networkId: network.id, title: d.title, startsAt: gathering.startsAt.toISOString(), seatLimit: d.seatLimit, invited: recipients.length },
    })
    return { ok: true, done: 'gatheringPlanned', id: gathering.id, values: { invited: recipients.length } }
  },
)
