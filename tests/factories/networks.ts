/**
 * Factories for learning networks and gatherings, shared by the tests and the demo seed. Rows are
 * written directly (not through the use cases), each with sensible defaults.
 */
import type { NetworkRole, Prisma } from '@/generated/prisma/client'
import { unique } from './index'

type Tx = Prisma.TransactionClient

export async function createNetworkRow(db: Tx, data: { partnershipId: string; name?: string; type?: Prisma.NetworkCreateManyInput['type']; description?: string; unitIds?: string[] }) {
  const network = await db.network.create({
    data: { partnershipId: data.partnershipId, name: data.name ?? unique('Testnettverk'), type: data.type ?? 'REGIONAL', description: data.description ?? null },
  })
  if (data.unitIds?.length) await db.networkUnit.createMany({ data: data.unitIds.map((unitId) => ({ partnershipId: data.partnershipId, networkId: network.id, unitId })) })
  return network
}

export async function addNetworkPerson(db: Tx, network: { id: string; partnershipId: string }, userId: string, role: NetworkRole = 'PARTICIPANT') {
  return db.networkMember.upsert({
    where: { networkId_userId: { networkId: network.id, userId } },
    create: { partnershipId: network.partnershipId, networkId: network.id, userId, role },
    update: { role },
  })
}

/** A gathering starting `daysFromNow` days from now at 09:00 UTC, six hours long. */
export async function createGatheringRow(
  db: Tx,
  network: { id: string; partnershipId: string },
  data: { title?: string; daysFromNow?: number; seatLimit?: number; place?: string | null; programme?: string | null } = {},
) {
  const start = new Date()
  start.setUTCDate(start.getUTCDate() + (data.daysFromNow ?? 30))
  start.setUTCHours(9, 0, 0, 0)
  return db.gathering.create({
    data: {
      partnershipId: network.partnershipId,
      networkId: network.id,
      title: data.title ?? unique('Samling'),
      programme: data.programme ?? null,
      place: data.place === undefined ? 'Rådhuset' : data.place,
      startsAt: start,
      endsAt: new Date(start.getTime() + 6 * 3_600_000),
      seatLimit: data.seatLimit ?? 40,
    },
  })
}

export async function createTaskRow(db: Tx, gathering: { id: string; partnershipId: string; startsAt: Date }, data: { kind?: 'PRE_WORK' | 'POST_WORK'; text?: string; dueOffsetDays?: number } = {}) {
  const due = new Date(gathering.startsAt)
  due.setUTCDate(due.getUTCDate() + (data.dueOffsetDays ?? (data.kind === 'POST_WORK' ? 30 : -7)))
  return db.gatheringTask.create({
    data: { partnershipId: gathering.partnershipId, gatheringId: gathering.id, kind: data.kind ?? 'PRE_WORK', text: data.text ?? unique('Oppgave'), dueOn: new Date(due.toISOString().slice(0, 10)) },
  })
}
