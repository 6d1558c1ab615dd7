import 'server-only'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { gatheringJoinScope, networkCoordinateScope, networkScope, placeOf, unitWorkIds } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { DASHBOARD_ROWS } from '@/features/dashboard/list-length'

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
    // Note: someone who reaches every network through administration alone (a platform
    // administrator) coordinates, joins and takes part in none of them, though the scopes let them
    // act anywhere: their section is the participation overview, as the county governor's, and
    // /nettverk lists every network. Four statements fewer on their dashboard (issue 14).
    if (administersOnly(actor)) return { coordinating: [], myNetworks: [], nextGatherings: [], openTasks: [], participation: await participationPerNetwork(tx, actor, now) }
    const ownUnits = ownUnitsOf(actor)
    const [coordinating, nextGatherings] = await Promise.all([coordinatedGatherings(tx, actor, now), joinableGatherings(tx, actor, now)])
    const ownIds = ownUnits.map((u) => u.id)
    const [myNetworks, openTasks, participation] = await Promise.all([
      tx.network.findMany({
        where: { AND: [networkScope(actor), { OR: [{ people: { some: { userId: actor.userId } } }, { units: { some: { unitId: { in: ownIds } } } }] }] },
        orderBy: { name: 'asc' },
        take: DASHBOARD_ROWS,
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

/** Every membership reaches everywhere (platform administration), none is a place of its own. */
function administersOnly(actor: Actor): boolean {
  return actor.memberships.length > 0 && actor.memberships.every((m) => placeOf(m) === 'everywhere')
}

/**
 * The units whose work the actor writes, known from its memberships. Someone who reaches every
 * unit (a platform administrator) writes it for any unit but has no units of its own: the
 * dashboard lists no open tasks of the first twenty units of the country for them.
 */
function ownUnitsOf(actor: Actor): { id: string; name: string }[] {
  const ids = unitWorkIds(actor) ?? []
  return ids.slice(0, 20).map((id) => ({ id, name: actor.memberships.find((m) => m.unitId === id)?.unitName ?? '' }))
}

/** Upcoming gatherings of the networks the actor coordinates (networkCoordinateScope), with the units still missing pre-work. */
async function coordinatedGatherings(tx: Tx, actor: Actor, now: Date): Promise<TNetworksDashboard['coordinating']> {
  // Note: the ten first are found before their units and pre-work are joined: with the joins in
  // the same query PostgreSQL builds them for every upcoming gathering of the country before it
  // sorts (1.5 s for a platform administrator, against a few ms in two steps).
  const first = await tx.gathering.findMany({ where: { startsAt: { gte: now }, network: networkCoordinateScope(actor) }, orderBy: { startsAt: 'asc' }, take: 10, select: { id: true } })
  if (first.length === 0) return []
  const rows = await tx.gathering.findMany({
    where: { id: { in: first.map((g) => g.id) } },
    orderBy: { startsAt: 'asc' },
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
    take: DASHBOARD_ROWS,
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
 * Registered and attended seats per network over its held gatherings, counted by the database
 * per network (a county has thousands of registrations; one row per network comes back). The
 * networks are the scoped ones read first; the count runs in the same tenant transaction.
 */
async function participationPerNetwork(tx: Tx, actor: Actor, now: Date) {
  const networks = await tx.network.findMany({
    where: { AND: [networkScope(actor), { gatherings: { some: { startsAt: { lt: now } } } }] },
    orderBy: [{ partnership: { name: 'asc' } }, { name: 'asc' }],
    // The first ten: the country has 500 networks; /nettverk lists them all.
    take: 10,
    select: { id: true, name: true, partnership: { select: { name: true } }, _count: { select: { gatherings: { where: { startsAt: { lt: now } } } } } },
  })
  const ids = networks.map((n) => n.id)
  const seats = ids.length
    ? await tx.$queryRaw<{ networkId: string; registered: bigint; attended: bigint }[]>`
        SELECT g."networkId", count(*) AS registered, count(*) FILTER (WHERE r.attended) AS attended
        FROM "GatheringRegistration" r JOIN "Gathering" g ON g.id = r."gatheringId"
        WHERE r.status = 'REGISTERED' AND g."startsAt" < ${now} AND g."networkId" = ANY(${ids}::uuid[])
        GROUP BY g."networkId"`
    : []
  const byNetwork = new Map(seats.map((s) => [s.networkId, s]))
  return networks.map((n) => {
    const counted = byNetwork.get(n.id)
    return { networkId: n.id, name: n.name, partnershipName: n.partnership.name, held: n._count.gatherings, registered: Number(counted?.registered ?? 0), attended: Number(counted?.attended ?? 0) }
  })
}
