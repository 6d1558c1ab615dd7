import 'server-only'
import type { NetworkType } from '@/generated/prisma/enums'
import { requirePermission, can, type Actor } from '@/server/authz/actor'
import { developmentManageScope, ledUnits, networkScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'

export interface TNetworkRow {
  id: string
  name: string
  type: NetworkType
  partnershipName: string
  units: number
  people: number
  nextGathering: { id: string; title: string; startsAt: Date } | null
  /** The actor takes part: a member, or leads a member unit. */
  mine: boolean
}

/**
 * The networks of the partnerships the actor sees (their own first), with the next gathering, and
 * the partnerships where the actor may create one. Four queries.
 */
export async function getNetworks(db: Db, actor: Actor): Promise<{ networks: TNetworkRow[]; canCreateIn: { id: string; name: string }[] }> {
  requirePermission(actor, 'read:partnership')
  return withActorTenants(db, actor, async (tx) => {
    const networks = await tx.network.findMany({
      where: networkScope(actor),
      orderBy: [{ partnership: { name: 'asc' } }, { name: 'asc' }],
      take: 500,
      select: {
        id: true,
        name: true,
        type: true,
        partnership: { select: { name: true } },
        _count: { select: { units: true, people: true } },
        people: { where: { userId: actor.userId }, select: { id: true } },
        units: { where: { unitId: { in: ledUnits(actor.memberships) } }, select: { id: true } },
      },
    })
    const [upcoming, canCreateIn] = await Promise.all([
      tx.gathering.findMany({
        where: { networkId: { in: networks.map((n) => n.id) }, startsAt: { gte: new Date() } },
        orderBy: { startsAt: 'asc' },
        distinct: ['networkId'],
        select: { id: true, networkId: true, title: true, startsAt: true },
      }),
      can(actor, 'manage:development') ? tx.partnership.findMany({ where: developmentManageScope(actor), orderBy: { name: 'asc' }, select: { id: true, name: true } }) : Promise.resolve([]),
    ])
    const rows = networks.map((n) => ({
      id: n.id,
      name: n.name,
      type: n.type,
      partnershipName: n.partnership.name,
      units: n._count.units,
      people: n._count.people,
      nextGathering: upcoming.find((g) => g.networkId === n.id) ?? null,
      mine: n.people.length > 0 || n.units.length > 0,
    }))
    return { networks: [...rows.filter((r) => r.mine), ...rows.filter((r) => !r.mine)], canCreateIn }
  })
}
