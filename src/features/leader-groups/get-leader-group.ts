import 'server-only'
import type { Theme } from '@/generated/prisma/enums'
import { can, type Actor } from '@/server/authz/actor'
import { ALL_ROLES, rolePermissions, rolePlace } from '@/server/authz/permissions'
import { developmentManageScope, networkScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'

export interface TLeaderGroup {
  networkId: string
  programme: { theme: Theme; startsOn: Date; endsOn: Date; aim: string } | null
  /** The network's gatherings inside the programme's period, in order: the programme of gatherings. */
  gatherings: { id: string; title: string; startsAt: Date; place: string | null }[]
  /** The leaders of the network's units: its members, by unit (a unit without a leader shows none). */
  leaders: { unitId: string; unitName: string; names: string[] }[]
  canManage: boolean
}

/** A unit's leaders are the people at the unit whose role runs its own development (assess:unit): read from the role table, never named. */
const LEADER_ROLES = ALL_ROLES.filter((r) => rolePlace[r] === 'unit' && rolePermissions[r].includes('assess:unit'))

/**
 * A leader network's group: its programme (theme, period, aim), the gatherings in that period,
 * and the leaders of its named units (issue 20, seeds 002 and 003). Null for a network the actor
 * does not see or one that is no leader network.
 */
export async function getLeaderGroup(db: Db, actor: Actor, networkId: string, now = new Date()): Promise<TLeaderGroup | null> {
  return readByIds(db, actor, 'read:partnership', [networkId], async (tx) => {
    const network = await tx.network.findFirst({
      where: { AND: [{ id: networkId, type: 'LEADER' }, networkScope(actor)] },
      select: {
        id: true,
        partnershipId: true,
        programme: { select: { theme: true, startsOn: true, endsOn: true, aim: true } },
        units: { orderBy: { unit: { name: 'asc' } }, take: 500, select: { unit: { select: { id: true, name: true } } } },
      },
    })
    if (!network) return null
    const p = network.programme
    const unitIds = network.units.map((u) => u.unit.id)
    const [gatherings, memberships, manages] = await Promise.all([
      p
        ? tx.gathering.findMany({
            // The period's last day runs to its end (Oslo is at most two hours ahead of UTC).
            where: { networkId: network.id, startsAt: { gte: p.startsOn, lt: new Date(p.endsOn.getTime() + 86_400_000) } },
            orderBy: { startsAt: 'asc' },
            select: { id: true, title: true, startsAt: true, place: true },
          })
        : [],
      tx.membership.findMany({
        where: { unitId: { in: unitIds }, role: { in: LEADER_ROLES }, OR: [{ endedAt: null }, { endedAt: { gt: now } }] },
        orderBy: { user: { name: 'asc' } },
        select: { unitId: true, user: { select: { name: true } } },
      }),
      can(actor, 'manage:development') ? tx.partnership.count({ where: { AND: [{ id: network.partnershipId }, developmentManageScope(actor)] } }) : 0,
    ])
    return {
      networkId: network.id,
      programme: p,
      gatherings,
      leaders: network.units.map(({ unit }) => ({ unitId: unit.id, unitName: unit.name, names: memberships.filter((m) => m.unitId === unit.id).map((m) => m.user.name) })),
      canManage: manages > 0,
    }
  })
}
