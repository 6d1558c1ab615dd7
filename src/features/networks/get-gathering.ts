import 'server-only'
import type { GatheringTaskKind, RegistrationStatus } from '@/generated/prisma/enums'
import { type Actor } from '@/server/authz/actor'
import { gatheringJoinScope, networkCoordinateScope, networkScope, unitWorkScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { networkIn } from './get-network'
import { waitingOrder } from './seats'

type TActiveStatus = Exclude<RegistrationStatus, 'CANCELLED'>

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
  mine: { status: TActiveStatus; queuePosition: number | null } | null
  canJoin: boolean
  canCoordinate: boolean
  started: boolean
  tasks: { id: string; kind: GatheringTaskKind; text: string; dueOn: Date }[]
  /** The actor's own units in the network (principal, head), with what each has handed in. */
  myUnits: { id: string; name: string; submissions: Record<string, string> }[]
  /** For coordinators: who has a seat or waits, in order. */
  registrations: { id: string; name: string; status: TActiveStatus; attended: boolean | null }[]
  /** For coordinators: unit × task, done or missing. */
  progress: { unitId: string; unitName: string; done: Record<string, boolean> }[]
}

export async function getGathering(db: Db, actor: Actor, networkId: string, gatheringId: string): Promise<TGatheringDetail | null> {
  return readByIds(db, actor, 'read:partnership', [networkId, gatheringId], async (tx) => {
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
    // Who may join or coordinate is data: the scope helpers read it.
    const [canJoin, canCoordinate, active, ownUnits] = await Promise.all([
      tx.gathering.count({ where: { AND: [{ id: g.id }, gatheringJoinScope(actor)] } }).then(Boolean),
      networkIn(tx, g.network.id, networkCoordinateScope(actor)),
      tx.gatheringRegistration.findMany({
        where: { gatheringId: g.id, status: { not: 'CANCELLED' } },
        orderBy: [{ status: 'asc' }, ...waitingOrder],
        select: { id: true, userId: true, status: true, attended: true, user: { select: { name: true } } },
      }),
      tx.unit.findMany({ where: { AND: [unitWorkScope(actor), { networkUnits: { some: { networkId: g.network.id } } }] }, select: { id: true, name: true } }),
    ])
    const units = g.network.units.map(({ unit }) => unit)
    const submissions = await tx.taskSubmission.findMany({
      where: { taskId: { in: g.tasks.map((t) => t.id) }, unitId: { in: (canCoordinate ? units : ownUnits).map((u) => u.id) } },
      select: { taskId: true, unitId: true, text: true },
    })
    const waitingList = active.filter((r) => r.status === 'WAITING')
    const own = active.find((r) => r.userId === actor.userId)
    const status = (r: (typeof active)[number]) => r.status as TActiveStatus
    const handedIn = (unitId: string) => submissions.filter((s) => s.unitId === unitId)
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
      mine: own ? { status: status(own), queuePosition: own.status === 'WAITING' ? waitingList.indexOf(own) + 1 : null } : null,
      canJoin,
      canCoordinate,
      started: g.startsAt <= new Date(),
      tasks: g.tasks,
      myUnits: ownUnits.map((u) => ({ ...u, submissions: Object.fromEntries(handedIn(u.id).map((s) => [s.taskId, s.text])) })),
      registrations: canCoordinate ? active.map((r) => ({ id: r.id, name: r.user.name, status: status(r), attended: r.attended })) : [],
      progress: canCoordinate ? units.map((unit) => ({ unitId: unit.id, unitName: unit.name, done: Object.fromEntries(g.tasks.map((t) => [t.id, handedIn(unit.id).some((s) => s.taskId === t.id)])) })) : [],
    }
  })
}
