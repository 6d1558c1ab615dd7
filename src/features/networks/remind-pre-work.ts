import { networkCoordinateScope } from '@/server/authz/scopes'
import { appUrl } from '@/server/email/app-url'
import { enqueueEmail } from '@/server/email/outbox'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { preWorkReminderEmail } from './gathering-email'
import { GATHERING_PAGE, gatheringPath } from './paths'
import { unitLeaders } from './recipients'
import { ZGatheringRef, type TNetworksResult } from './schemas'

/**
 * The coordinator reminds the units that have not handed in their pre-work: one email to each
 * principal or head of such a unit, listing the tasks still missing. Who coordinates: networkCoordinateScope.
 */
export const remindPreWork = defineUseCase(
  { name: 'networks.remind-pre-work', permission: 'read:partnership', input: ZGatheringRef, audit: 'gathering.prework.remind', revalidate: () => [GATHERING_PAGE], sendsEmail: true },
  async ({ tx, actor, input: d, audit }): Promise<TNetworksResult> => {
    const gathering = await tx.gathering.findFirst({
      where: { id: d.gatheringId, network: networkCoordinateScope(actor) },
      select: {
        id: true,
        partnershipId: true,
        networkId: true,
        title: true,
        startsAt: true,
        place: true,
        network: { select: { name: true, units: { select: { unit: { select: { id: true, name: true } } } } } },
        tasks: { where: { kind: 'PRE_WORK' }, orderBy: { dueOn: 'asc' }, select: { id: true, text: true, dueOn: true, submissions: { select: { unitId: true } } } },
      },
    })
    if (!gathering) return { ok: false, error: 'notFound' }
    const missing = gathering.network.units
      .map(({ unit }) => ({ unit, tasks: gathering.tasks.filter((t) => !t.submissions.some((s) => s.unitId === unit.id)) }))
      .filter((m) => m.tasks.length > 0)
    const leaders = await unitLeaders(tx, missing.map((m) => m.unit.id))
    const url = appUrl(gatheringPath(gathering.networkId, gathering.id))
    for (const leader of leaders) {
      const m = missing.find((x) => x.unit.id === leader.unitId)!
      const mail = preWorkReminderEmail({ locale: leader.locale, name: leader.name, network: gathering.network.name, title: gathering.title, startsAt: gathering.startsAt, place: gathering.place, url, unit: m.unit.name, tasks: m.tasks })
      await enqueueEmail(tx, { kind: 'gathering.prework.reminder', to: leader.email, ...mail })
    }
    await audit({ entity: 'Gathering', entityId: gathering.id, partnershipId: gathering.partnershipId, data: { units: missing.map((m) => m.unit.id), emails: leaders.length } })
    return { ok: true, done: 'remindersSent', id: gathering.id, values: { units: missing.length, emails: leaders.length } }
  },
)
