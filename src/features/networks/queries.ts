import 'server-only'
import type { GatheringTaskKind, NetworkRole, NetworkType, RegistrationStatus } from '@/generated/prisma/enums'
import { requirePermission, can, type Actor } from '@/server/authz/actor'
import { developmentManageScope, gatheringJoinScope, networkCoordinateScope, networkScope, networkShareScope, unitScope, unitWorkScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { isUuid } from '@/lib/uuid'
import { waitingOrder } from './seats'

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
    const ownUnits = leaderUnitIds(actor)
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
        units: { where: { unitId: { in: ownUnits } }, select: { id: true } },
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

export interface TNetworkDetail {
  id: string
  name: string
  type: NetworkType
  description: string | null
  partnershipName: string
  units: { id: string; name: string; municipality: string }[]
  people: { id: string; name: string; role: NetworkRole }[]
  gatherings: { id: string; title: string; startsAt: Date; endsAt: Date; place: string | null; seatLimit: number; registered: number; waiting: number }[]
  /** The secretariat's: add units and people. */
  canManage: boolean
  /** A coordinator's (or the secretariat's): plan gatherings. */
  canCoordinate: boolean
  /** For the secretariat's form: the partnership's units not yet in the network. */
  unitOptions: { id: string; name: string }[]
  /** Shared material, newest first, filtered by the search words when given (title and description). */
  materials: { id: string; title: string; description: string | null; url: string | null; fileName: string | null; addedBy: string | null; createdAt: Date }[]
  search: string
  /** What each unit is good at. */
  strengths: { unitId: string; unitName: string; text: string }[]
  /** A person of the network, a leader of one of its units, or a coordinator: may share material. */
  canShare: boolean
  /** The actor's own member units (principal, head), for the strength form. */
  myUnits: { id: string; name: string; strength: string }[]
}

export async function getNetwork(db: Db, actor: Actor, networkId: string, search = ''): Promise<TNetworkDetail | null> {
  const words = search.trim().slice(0, 100)
  requirePermission(actor, 'read:partnership')
  if (!isUuid(networkId)) return null
  return withActorTenants(db, actor, async (tx) => {
    const network = await tx.network.findFirst({
      where: { AND: [{ id: networkId }, networkScope(actor)] },
      select: {
        id: true,
        name: true,
        type: true,
        description: true,
        partnershipId: true,
        partnership: { select: { name: true } },
        units: { orderBy: { unit: { name: 'asc' } }, select: { unit: { select: { id: true, name: true, municipality: { select: { name: true } } } } } },
        people: { orderBy: [{ role: 'asc' }, { user: { name: 'asc' } }], select: { id: true, role: true, user: { select: { name: true } } } },
        gatherings: { orderBy: { startsAt: 'asc' }, select: { id: true, title: true, startsAt: true, endsAt: true, place: true, seatLimit: true } },
      },
    })
    if (!network) return null
    const textMatch = words ? { OR: [{ title: { contains: words, mode: 'insensitive' as const } }, { description: { contains: words, mode: 'insensitive' as const } }] } : {}
    const [materials, strengths, canShare, myUnits] = await Promise.all([
      tx.networkMaterial.findMany({
        where: { networkId: network.id, ...textMatch },
        orderBy: { createdAt: 'desc' },
        take: 200,
        select: { id: true, title: true, description: true, url: true, fileName: true, createdAt: true, addedBy: { select: { name: true } } },
      }),
      tx.unitStrength.findMany({ where: { networkId: network.id }, orderBy: { unit: { name: 'asc' } }, select: { unitId: true, text: true, unit: { select: { name: true } } } }),
      can(actor, 'join:gatherings') ? tx.network.count({ where: { AND: [{ id: network.id }, networkShareScope(actor)] } }).then(Boolean) : false,
      can(actor, 'join:gatherings') ? tx.unit.findMany({ where: { AND: [unitWorkScope(actor), { networkUnits: { some: { networkId: network.id } } }] }, select: { id: true, name: true } }) : [],
    ])
    const [counts, canManage, canCoordinate] = await Promise.all([
      tx.gatheringRegistration.groupBy({ by: ['gatheringId', 'status'], where: { gatheringId: { in: network.gatherings.map((g) => g.id) } }, _count: true }),
      can(actor, 'manage:development') ? tx.network.count({ where: { id: network.id, partnership: developmentManageScope(actor) } }).then(Boolean) : false,
      can(actor, 'coordinate:networks') ? tx.network.count({ where: { AND: [{ id: network.id }, networkCoordinateScope(actor)] } }).then(Boolean) : false,
    ])
    const unitOptions = canManage
      ? await tx.unit.findMany({
          where: {
            AND: [{ owner: { partnershipOwners: { some: { partnershipId: network.partnershipId, leftOn: null } } } }, unitScope(actor), { networkUnits: { none: { networkId: network.id } } }],
          },
          orderBy: { name: 'asc' },
          take: 1000,
          select: { id: true, name: true },
        })
      : []
    const count = (id: string, status: RegistrationStatus) => counts.find((c) => c.gatheringId === id && c.status === status)?._count ?? 0
    return {
      id: network.id,
      name: network.name,
      type: network.type,
      description: network.description,
      partnershipName: network.partnership.name,
      units: network.units.map(({ unit }) => ({ id: unit.id, name: unit.name, municipality: unit.municipality.name })),
      people: network.people.map((p) => ({ id: p.id, name: p.user.name, role: p.role })),
      gatherings: network.gatherings.map((g) => ({ ...g, registered: count(g.id, 'REGISTERED'), waiting: count(g.id, 'WAITING') })),
      canManage,
      canCoordinate,
      unitOptions,
      materials: materials.map((m) => ({ id: m.id, title: m.title, description: m.description, url: m.url, fileName: m.fileName, addedBy: m.addedBy?.name ?? null, createdAt: m.createdAt })),
      search: words,
      strengths: strengths.map((st) => ({ unitId: st.unitId, unitName: st.unit.name, text: st.text })),
      canShare,
      myUnits: myUnits.map((u) => ({ ...u, strength: strengths.find((st) => st.unitId === u.id)?.text ?? '' })),
    }
  })
}

export interface TGatheringDetail {
  id: string
  networkId: string
  networkName: string
  title: string
  programme: string | null
  place: string | null
  startsAt: Date
  endsAt: Date
  seatLimit: number
  registered: number
  waiting: number
  /** The actor's own place: null when not registered (or cancelled). */
  mine: { status: Exclude<RegistrationStatus, 'CANCELLED'>; queuePosition: number | null } | null
  canJoin: boolean
  canCoordinate: boolean
  started: boolean
  tasks: { id: string; kind: GatheringTaskKind; text: string; dueOn: Date }[]
  /** The actor's own units in the network (principal, head), with what each has handed in. */
  myUnits: { id: string; name: string; submissions: Record<string, string> }[]
  /** For coordinators: who has a seat or waits, in order. */
  registrations: { id: string; name: string; status: Exclude<RegistrationStatus, 'CANCELLED'>; attended: boolean | null }[]
  /** For coordinators: unit × task, done or missing. */
  progress: { unitId: string; unitName: string; done: Record<string, boolean> }[]
}

export async function getGathering(db: Db, actor: Actor, networkId: string, gatheringId: string): Promise<TGatheringDetail | null> {
  requirePermission(actor, 'read:partnership')
  if (!isUuid(networkId) || !isUuid(gatheringId)) return null
  return withActorTenants(db, actor, async (tx) => {
    const g = await tx.gathering.findFirst({
      where: { id: gatheringId, networkId, network: networkScope(actor) },
      select: {
        id: true,
        title: true,
        programme: true,
        place: true,
        startsAt: true,
        endsAt: true,
        seatLimit: true,
        network: { select: { id: true, name: true, units: { orderBy: { unit: { name: 'asc' } }, select: { unit: { select: { id: true, name: true } } } } } },
        tasks: { orderBy: [{ kind: 'asc' }, { dueOn: 'asc' }], select: { id: true, kind: true, text: true, dueOn: true } },
      },
    })
    if (!g) return null
    const [canJoin, canCoordinate, active, ownUnits] = await Promise.all([
      can(actor, 'join:gatherings') ? tx.gathering.count({ where: { AND: [{ id: g.id }, gatheringJoinScope(actor)] } }).then(Boolean) : false,
      can(actor, 'coordinate:networks') ? tx.network.count({ where: { AND: [{ id: g.network.id }, networkCoordinateScope(actor)] } }).then(Boolean) : false,
      tx.gatheringRegistration.findMany({
        where: { gatheringId: g.id, status: { not: 'CANCELLED' } },
        orderBy: [{ status: 'asc' }, ...waitingOrder],
        select: { id: true, userId: true, status: true, attended: true, user: { select: { name: true } } },
      }),
      can(actor, 'join:gatherings') ? tx.unit.findMany({ where: { AND: [unitWorkScope(actor), { networkUnits: { some: { networkId: g.network.id } } }] }, select: { id: true, name: true } }) : [],
    ])
    const submissions = await tx.taskSubmission.findMany({
      where: { taskId: { in: g.tasks.map((t) => t.id) }, unitId: { in: canCoordinate ? g.network.units.map((u) => u.unit.id) : ownUnits.map((u) => u.id) } },
      select: { taskId: true, unitId: true, text: true },
    })
    const waitingList = active.filter((r) => r.status === 'WAITING')
    const own = active.find((r) => r.userId === actor.userId)
    return {
      id: g.id,
      networkId: g.network.id,
      networkName: g.network.name,
      title: g.title,
      programme: g.programme,
      place: g.place,
      startsAt: g.startsAt,
      endsAt: g.endsAt,
      seatLimit: g.seatLimit,
      registered: active.length - waitingList.length,
      waiting: waitingList.length,
      mine: own ? { status: own.status as 'REGISTERED' | 'WAITING', queuePosition: own.status === 'WAITING' ? waitingList.indexOf(own) + 1 : null } : null,
      canJoin,
      canCoordinate,
      started: g.startsAt <= new Date(),
      tasks: g.tasks,
      myUnits: ownUnits.map((u) => ({ ...u, submissions: Object.fromEntries(submissions.filter((s) => s.unitId === u.id).map((s) => [s.taskId, s.text])) })),
      registrations: canCoordinate ? active.map((r) => ({ id: r.id, name: r.user.name, status: r.status as 'REGISTERED' | 'WAITING', attended: r.attended })) : [],
      progress: canCoordinate
        ? g.network.units.map(({ unit }) => ({
            unitId: unit.id,
            unitName: unit.name,
            done: Object.fromEntries(g.tasks.map((t) => [t.id, submissions.some((s) => s.taskId === t.id && s.unitId === unit.id)])),
          }))
        : [],
    }
  })
}

/** The facts for the actor's own calendar file: only for a seat the actor holds. */
export async function getGatheringCalendar(db: Db, actor: Actor, gatheringId: string) {
  requirePermission(actor, 'join:gatherings')
  if (!isUuid(gatheringId)) return null
  return withActorTenants(db, actor, (tx: Tx) =>
    tx.gathering.findFirst({
      where: { AND: [{ id: gatheringId }, gatheringJoinScope(actor), { registrations: { some: { userId: actor.userId, status: 'REGISTERED' } } }] },
      select: { id: true, networkId: true, title: true, programme: true, place: true, startsAt: true, endsAt: true, network: { select: { name: true } } },
    }),
  )
}

/** A shared file, for everyone who reads the network. */
export async function getMaterialFile(db: Db, actor: Actor, networkId: string, materialId: string) {
  requirePermission(actor, 'read:partnership')
  if (!isUuid(networkId) || !isUuid(materialId)) return null
  return withActorTenants(db, actor, (tx: Tx) =>
    tx.networkMaterial.findFirst({
      where: { id: materialId, networkId, network: networkScope(actor), content: { not: null } },
      select: { fileName: true, contentType: true, content: true },
    }),
  )
}

function leaderUnitIds(actor: Actor): string[] {
  return actor.memberships.flatMap((m) => ((m.role === 'PRINCIPAL' || m.role === 'KINDERGARTEN_HEAD') && m.unitId ? [m.unitId] : []))
}
