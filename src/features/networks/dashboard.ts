import 'server-only'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { gatheringJoinScope, networkCoordinateScope, networkScope, unitWorkScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'

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
 * helpers inside the actor's tenant context (who coordinates or joins is data they read). Null
 * when the actor has nothing here.
 */
export async function getNetworksDashboard(db: Db, actor: Actor): Promise<TNetworksDashboard | null> {
  requirePermission(actor, 'read:dashboard')
  const now = new Date()
  const oversees = actor.memberships.some((m) => m.role === 'COUNTY_GOVERNOR_STAFF' || m.role === 'PLATFORM_ADMIN')
  const result = await withActorTenants(db, actor, async (tx) => {
    const [coordinating, nextGatherings, ownUnits] = await Promise.all([
      coordinatedGatherings(tx, actor, now),
      joinableGatherings(tx, actor, now),
      tx.unit.findMany({ where: unitWorkScope(actor), take: 20, select: { id: true, name: true } }),
    ])
    const ownIds = ownUnits.map((u) => u.id)
    const [myNetworks, openTasks, participation] = await Promise.all([
      tx.network.findMany({
        where: { AND: [networkScope(actor), { OR: [{ people: { some: { userId: actor.userId } } }, { units: { some: { unitId: { in: ownIds } } } }] }] },
        orderBy: { name: 'asc' },
        take: 20,
        select: { id: true, name: true },
      }),
      openTasksOf(tx, ownUnits, now),
      oversees ? participationPerNetwork(tx, actor, now) : [],
    ])
    return { coordinating, myNetworks, nextGatherings, openTasks, participation }
  })
  const empty = !result.coordinating.length && !result.myNetworks.length && !result.nextGatherings.length && !result.openTasks.length && !result.participation.length
  return empty ? null : result
}

/** Upcoming gatherings of the networks the actor coordinates (networkCoordinateScope), with the units still missing pre-work. */
async function coordinatedGatherings(tx: Tx, actor: Actor, now: Date): Promise<TNetworksDashboard['coordinating']> {
  const rows = await tx.gathering.findMany({
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
  return rows.map((g) => ({
    id: g.id,
    networkId: g.network.id,
    networkName: g.network.name,
    title: g.title,
    startsAt: g.startsAt,
    registered: g._count.registrations,
    seatLimit: g.seatLimit,
    missingPreWork: g.tasks.length === 0 ? 0 : g.network.units.filter((u) => g.tasks.some((task) => !task.submissions.some((s) => s.unitId === u.unitId))).length,
  }))
}

/** Upcoming gatherings the actor may register for (gatheringJoinScope), and whether it has a seat. */
async function joinableGatherings(tx: Tx, actor: Actor, now: Date): Promise<TNetworksDashboard['nextGatherings']> {
  const rows = await tx.gathering.findMany({
    where: { AND: [{ startsAt: { gte: now } }, gatheringJoinScope(actor)] },
    orderBy: { startsAt: 'asc' },
    take: 10,
    select: { id: true, title: true, startsAt: true, network: { select: { id: true, name: true } }, registrations: { where: { userId: actor.userId, status: 'REGISTERED' }, select: { id: true } } },
  })
  return rows.map((g) => ({ id: g.id, networkId: g.network.id, networkName: g.network.name, title: g.title, startsAt: g.startsAt, registered: g.registrations.length > 0 }))
}

/** Tasks of gatherings not yet over that the actor's own units have not handed in. */
async function openTasksOf(tx: Tx, ownUnits: { id: string; name: string }[], now: Date): Promise<TNetworksDashboard['openTasks']> {
  const ownIds = ownUnits.map((u) => u.id)
  if (ownIds.length === 0) return []
  const tasks = await tx.gatheringTask.findMany({
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
  const unitName = new Map(ownUnits.map((u) => [u.id, u.name]))
  return tasks.flatMap((task) =>
    task.gathering.network.units
      .filter((u) => !task.submissions.some((s) => s.unitId === u.unitId))
      .map((u) => ({ gatheringId: task.gathering.id, networkId: task.gathering.networkId, gatheringTitle: task.gathering.title, unitName: unitName.get(u.unitId) ?? '', text: task.text, dueOn: task.dueOn })),
  )
}

/**
 * Registered and attended seats per network over its held gatherings. The seats are counted by the
 * database per gathering (one row per gathering and attendance value, not one per seat), so a
 * county with thousands of registrations sends back a few rows per gathering.
 */
async function participationPerNetwork(tx: Tx, actor: Actor, now: Date) {
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
