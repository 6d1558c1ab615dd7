import 'server-only'
import { can, requirePermission, type Actor } from '@/server/authz/actor'
import { gatheringJoinScope, networkCoordinateScope, networkScope, unitWorkScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'

export interface TNetworksDashboard {
  /** Coordinators (and the secretariat): upcoming gatherings, with the units still missing pre-work. */
  coordinating: { id: string; networkId: string; networkName: string; title: string; startsAt: Date; registered: number; seatLimit: number; missingPreWork: number }[]
  /** The networks the actor takes part in, and their next gatherings. */
  myNetworks: { id: string; name: string }[]
  nextGatherings: { id: string; networkId: string; networkName: string; title: string; startsAt: Date; registered: boolean }[]
  /** Principals and heads: tasks of upcoming gatherings their unit has not handed in. */
  openTasks: { gatheringId: string; networkId: string; gatheringTitle: string; unitName: string; text: string; dueOn: Date }[]
  /** The county governor (and platform administrators): registered vs attended per network, over held gatherings. */
  participation: { networkId: string; name: string; partnershipName: string; held: number; registered: number; attended: number }[]
}

/**
 * The networks piece of the landing dashboard: a fixed number of queries, all through the scope
 * helpers inside the actor's tenant context. Null when the actor has nothing here.
 */
export async function getNetworksDashboard(db: Db, actor: Actor): Promise<TNetworksDashboard | null> {
  requirePermission(actor, 'read:dashboard')
  const now = new Date()
  const oversees = actor.memberships.some((m) => m.role === 'COUNTY_GOVERNOR_STAFF' || m.role === 'PLATFORM_ADMIN')
  const result = await withActorTenants(db, actor, async (tx) => {
    const [coordinated, joinable, ownUnits] = await Promise.all([
      can(actor, 'coordinate:networks')
        ? tx.gathering.findMany({
            where: { startsAt: { gte: now }, network: networkCoordinateScope(actor) },
            orderBy: { startsAt: 'asc' },
            take: 10,
            select: {
              id: true,
              title: true,
              startsAt: true,
              seatLimit: true,
              network: { select: { id: true, name: true, units: { select: { unitId: true } } } },
              tasks: { where: { kind: 'PRE_WORK' }, select: { submissions: { select: { unitId: true } } } },
              _count: { select: { registrations: { where: { status: 'REGISTERED' } } } },
            },
          })
        : [],
      can(actor, 'join:gatherings')
        ? tx.gathering.findMany({
            where: { AND: [{ startsAt: { gte: now } }, gatheringJoinScope(actor)] },
            orderBy: { startsAt: 'asc' },
            take: 10,
            select: { id: true, title: true, startsAt: true, network: { select: { id: true, name: true } }, registrations: { where: { userId: actor.userId, status: 'REGISTERED' }, select: { id: true } } },
          })
        : [],
      can(actor, 'join:gatherings') ? tx.unit.findMany({ where: unitWorkScope(actor), take: 20, select: { id: true, name: true } }) : [],
    ])
    const ownIds = ownUnits.map((u) => u.id)
    const [myNetworks, tasks, participation] = await Promise.all([
      tx.network.findMany({
        where: { AND: [networkScope(actor), { OR: [{ people: { some: { userId: actor.userId } } }, { units: { some: { unitId: { in: ownIds } } } }] }] },
        orderBy: { name: 'asc' },
        take: 20,
        select: { id: true, name: true },
      }),
      ownIds.length
        ? tx.gatheringTask.findMany({
            where: { gathering: { endsAt: { gte: now }, network: { units: { some: { unitId: { in: ownIds } } } } } },
            orderBy: { dueOn: 'asc' },
            take: 50,
            select: {
              text: true,
              dueOn: true,
              gathering: { select: { id: true, title: true, networkId: true, network: { select: { units: { where: { unitId: { in: ownIds } }, select: { unitId: true } } } } } },
              submissions: { where: { unitId: { in: ownIds } }, select: { unitId: true } },
            },
          })
        : [],
      oversees ? participationPerNetwork(tx, actor, now) : [],
    ])
    const unitName = new Map(ownUnits.map((u) => [u.id, u.name]))
    return {
      coordinating: coordinated.map((g) => ({
        id: g.id,
        networkId: g.network.id,
        networkName: g.network.name,
        title: g.title,
        startsAt: g.startsAt,
        registered: g._count.registrations,
        seatLimit: g.seatLimit,
        missingPreWork: g.tasks.length === 0 ? 0 : g.network.units.filter((u) => g.tasks.some((task) => !task.submissions.some((s) => s.unitId === u.unitId))).length,
      })),
      myNetworks,
      nextGatherings: joinable.map((g) => ({ id: g.id, networkId: g.network.id, networkName: g.network.name, title: g.title, startsAt: g.startsAt, registered: g.registrations.length > 0 })),
      openTasks: tasks.flatMap((task) =>
        task.gathering.network.units
          .filter((u) => !task.submissions.some((s) => s.unitId === u.unitId))
          .map((u) => ({ gatheringId: task.gathering.id, networkId: task.gathering.networkId, gatheringTitle: task.gathering.title, unitName: unitName.get(u.unitId) ?? '', text: task.text, dueOn: task.dueOn })),
      ),
      participation,
    }
  })
  const empty = !result.coordinating.length && !result.myNetworks.length && !result.nextGatherings.length && !result.openTasks.length && !result.participation.length
  return empty ? null : result
}

/**
 * Registered and attended seats per network over its held gatherings. The seats are counted by the
 * database per gathering (one row per gathering and attendance value, not one per seat), so a
 * county with thousands of registrations sends back a few rows per gathering.
 */
async function participationPerNetwork(tx: Parameters<Parameters<typeof withActorTenants>[2]>[0], actor: Actor, now: Date) {
  const held = { startsAt: { lt: now }, network: networkScope(actor) }
  const [networks, gatherings, seats] = await Promise.all([
    tx.network.findMany({
      where: { AND: [networkScope(actor), { gatherings: { some: { startsAt: { lt: now } } } }] },
      orderBy: [{ partnership: { name: 'asc' } }, { name: 'asc' }],
      take: 100,
      select: { id: true, name: true, partnership: { select: { name: true } }, _count: { select: { gatherings: { where: { startsAt: { lt: now } } } } } },
    }),
    tx.gathering.findMany({ where: held, select: { id: true, networkId: true } }),
    tx.gatheringRegistration.groupBy({ by: ['gatheringId', 'attended'], where: { status: 'REGISTERED', gathering: held }, _count: { _all: true } }),
  ])
  const networkOf = new Map(gatherings.map((g) => [g.id, g.networkId]))
  return networks.map((n) => {
    const mine = seats.filter((s) => networkOf.get(s.gatheringId) === n.id)
    const sum = (rows: typeof mine) => rows.reduce((total, r) => total + r._count._all, 0)
    return { networkId: n.id, name: n.name, partnershipName: n.partnership.name, held: n._count.gatherings, registered: sum(mine), attended: sum(mine.filter((s) => s.attended === true)) }
  })
}
