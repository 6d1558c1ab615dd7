import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import type { NetworkRole, NetworkType, RegistrationStatus } from '@/generated/prisma/enums'
import { can, type Actor } from '@/server/authz/actor'
import { developmentManageScope, networkCoordinateScope, networkScope, networkShareScope, unitScope, unitWorkScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'

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

/** Whether the network is among those `scope` gives the actor: what the actor may do here is data, read by the scope helpers. */
export function networkIn(tx: Tx, networkId: string, scope: Prisma.NetworkWhereInput): Promise<boolean> {
  return tx.network.count({ where: { AND: [{ id: networkId }, scope] } }).then(Boolean)
}

export async function getNetwork(db: Db, actor: Actor, networkId: string, search = ''): Promise<TNetworkDetail | null> {
  const words = search.trim().slice(0, 100)
  return readByIds(db, actor, 'read:partnership', [networkId], async (tx) => {
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
    const [shared, access, counts] = await Promise.all([
      sharedIn(tx, network.id, words),
      actorAccess(tx, actor, network),
      tx.gatheringRegistration.groupBy({ by: ['gatheringId', 'status'], where: { gatheringId: { in: network.gatherings.map((g) => g.id) } }, _count: true }),
    ])
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
      ...access,
      ...shared,
      search: words,
      myUnits: access.myUnits.map((u) => ({ ...u, strength: shared.strengths.find((st) => st.unitId === u.id)?.text ?? '' })),
    }
  })
}

/** What the network's units and people shared: material (searched by title and description) and strengths. */
async function sharedIn(tx: Tx, networkId: string, words: string) {
  const textMatch = words ? { OR: [{ title: { contains: words, mode: 'insensitive' as const } }, { description: { contains: words, mode: 'insensitive' as const } }] } : {}
  const [materials, strengths] = await Promise.all([
    tx.networkMaterial.findMany({
      where: { networkId, ...textMatch },
      orderBy: { createdAt: 'desc' },
      take: 200,
      select: { id: true, title: true, description: true, url: true, fileName: true, createdAt: true, addedBy: { select: { name: true } } },
    }),
    tx.unitStrength.findMany({ where: { networkId }, orderBy: { unit: { name: 'asc' } }, select: { unitId: true, text: true, unit: { select: { name: true } } } }),
  ])
  return {
    materials: materials.map((m) => ({ id: m.id, title: m.title, description: m.description, url: m.url, fileName: m.fileName, addedBy: m.addedBy?.name ?? null, createdAt: m.createdAt })),
    strengths: strengths.map((st) => ({ unitId: st.unitId, unitName: st.unit.name, text: st.text })),
  }
}

/** What the actor may do in this network, each read as data through its scope helper. */
async function actorAccess(tx: Tx, actor: Actor, network: { id: string; partnershipId: string }) {
  const [canManage, canCoordinate, canShare, myUnits] = await Promise.all([
    can(actor, 'manage:development') ? tx.network.count({ where: { id: network.id, partnership: developmentManageScope(actor) } }).then(Boolean) : false,
    networkIn(tx, network.id, networkCoordinateScope(actor)),
    networkIn(tx, network.id, networkShareScope(actor)),
    tx.unit.findMany({ where: { AND: [unitWorkScope(actor), { networkUnits: { some: { networkId: network.id } } }] }, select: { id: true, name: true } }),
  ])
  const unitOptions = canManage
    ? await tx.unit.findMany({
        where: { AND: [{ owner: { partnershipOwners: { some: { partnershipId: network.partnershipId, leftOn: null } } } }, unitScope(actor), { networkUnits: { none: { networkId: network.id } } }] },
        orderBy: { name: 'asc' },
        take: 1000,
        select: { id: true, name: true },
      })
    : []
  return { canManage, canCoordinate, canShare, myUnits, unitOptions }
}
