import { unique } from '~tests/factories'
import { setLeaderProgrammeAction } from '@/features/leader-groups/actions'
import { setUnitTrackAction } from '@/features/tracks/actions'
import { getSpread } from '@/features/tracks/get-spread'
import { TRACKS } from '@/features/tracks/options'
import type { Actor } from '../actor'
import { callAction } from './adapters'
import { entry } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'

/** Probes for units' tracks, the spread between units and leader programmes (features/tracks, features/leader-groups; issue 20). */
export function tracksProbes({ prisma, ids }: TMatrixContext): TProbes {
  const inTenant = (tenant: TTenant) => ({ owner: { partnershipOwners: { some: { partnershipId: ids[tenant], leftOn: null } } } })

  /** A unit the actor would aim at: one its organisation owns in the tenant, else the tenant's first. */
  async function targetUnit(actor: Actor, tenant: TTenant) {
    const orgIds = actor.memberships.map((m) => m.organisationId).filter((id): id is string => !!id)
    return (
      (await prisma.unit.findFirst({ where: { ownerId: { in: orgIds }, ...inTenant(tenant) }, orderBy: { id: 'asc' } })) ??
      prisma.unit.findFirstOrThrow({ where: inTenant(tenant), orderBy: { id: 'asc' } })
    )
  }

  return {
    '/planer/spredning': entry('read:spread', 'readsSpread', async (actor, tenant) => {
      const spreads = await getSpread(prisma, actor).catch(() => null)
      return !!spreads?.some((s) => s.id === ids[tenant] && s.units.length > 0)
    }),
    setUnitTrackAction: entry('set:unit-track', 'setsTracks', async (actor, tenant) => {
      const unit = await targetUnit(actor, tenant)
      const current = await prisma.unitTrackChange.findFirst({ where: { unitId: unit.id, partnershipId: ids[tenant] }, orderBy: [{ changedAt: 'desc' }, { id: 'desc' }] })
      const track = TRACKS.find((t) => t !== current?.track)!
      const reason = unique('Flyttet i matrisen')
      await callAction(actor, setUnitTrackAction, { unitId: unit.id, track, reason })
      return (await prisma.unitTrackChange.count({ where: { unitId: unit.id, partnershipId: ids[tenant], reason } })) > 0
    }),
    // The secretariat keeps its networks (manage:development), leader networks' programmes with them.
    setLeaderProgrammeAction: entry('manage:development', 'managesDevelopment', async (actor, tenant) => {
      const network = await prisma.network.create({ data: { partnershipId: ids[tenant], name: unique('Matriseledernettverk'), type: 'LEADER' } })
      const aim = unique('Mål fra matrisen')
      await callAction(actor, setLeaderProgrammeAction, { networkId: network.id, theme: 'LEADERSHIP', startsOn: '2026-08-01', endsOn: '2028-06-30', aim })
      return (await prisma.leaderProgramme.count({ where: { networkId: network.id, aim } })) > 0
    }),
  }
}
