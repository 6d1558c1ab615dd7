/**
 * Factories for needs reports and orders to UH, shared by the tests and the demo seed. They write
 * rows directly (not through the use cases), with the status story the database checks.
 */
import type { OrderStatus, Prisma, Theme } from '@/generated/prisma/client'
import { unique } from './index'

type Tx = Prisma.TransactionClient

export async function createNeedsReport(
  db: Tx,
  data: {
    partnershipId: string
    ownerIds: string[]
    year?: number
    title?: string
    summary?: string
    submitted?: boolean
    priorities?: { theme: Theme; description: string; unitIds?: string[] }[]
  },
) {
  const base = { partnershipId: data.partnershipId }
  const submittedAt = data.submitted ? new Date() : null
  return db.needsReport.create({
    data: {
      ...base,
      year: data.year ?? new Date().getFullYear(),
      title: data.title ?? unique('Behovsmelding'),
      summary: data.summary ?? 'Enhetene trenger støtte til å bygge profesjonsfellesskap.',
      status: submittedAt ? 'SUBMITTED' : 'DRAFT',
      submittedAt,
      owners: { create: data.ownerIds.map((ownerId) => ({ ...base, ownerId })) },
      priorities: {
        create: (data.priorities ?? []).map((p, i) => ({
          ...base,
          position: i + 1,
          theme: p.theme,
          description: p.description,
          units: { create: (p.unitIds ?? []).map((unitId) => ({ ...base, unitId })) },
        })),
      },
    },
  })
}

/** The timestamps each status needs (UhOrder_status_check): sent before offered, offered before agreed or declined. */
function statusStory(status: OrderStatus, hours: number) {
  const at = new Date()
  const sent = status === 'DRAFT' ? {} : { sentAt: at }
  const offered = ['OFFERED', 'AGREED', 'DECLINED'].includes(status) ? { offeredAt: at, offerText: 'Vi tilbyr veiledning på skolene og to fellessamlinger.', offerHours: hours, offerFacilitators: 'Utviklingsveileder fra UH' } : {}
  return { ...sent, ...offered, ...(status === 'AGREED' ? { agreedAt: at } : {}), ...(status === 'DECLINED' ? { declinedAt: at, declineReason: 'For få timer i tilbudet.' } : {}) }
}

export async function createUhOrder(
  db: Tx,
  data: {
    partnershipId: string
    universityId: string
    ownerIds: string[]
    unitIds?: string[]
    status?: OrderStatus
    title?: string
    description?: string
    themes?: Theme[]
    startsOn?: string
    endsOn?: string
    hoursRequested?: number
    offerHours?: number
  },
) {
  const base = { partnershipId: data.partnershipId }
  const startsOn = data.startsOn ?? `${new Date().getFullYear()}-08-15`
  const hoursRequested = data.hoursRequested ?? 120
  return db.uhOrder.create({
    data: {
      ...base,
      universityId: data.universityId,
      year: Number(startsOn.slice(0, 4)),
      title: data.title ?? unique('Bestilling'),
      description: data.description ?? 'Skolebasert kompetanseutvikling med veiledning i profesjonsfellesskapet.',
      themes: data.themes ?? ['PLC'],
      startsOn: new Date(startsOn),
      endsOn: new Date(data.endsOn ?? `${Number(startsOn.slice(0, 4)) + 1}-06-20`),
      hoursRequested,
      status: data.status ?? 'DRAFT',
      ...statusStory(data.status ?? 'DRAFT', data.offerHours ?? hoursRequested),
      owners: { create: data.ownerIds.map((ownerId) => ({ ...base, ownerId })) },
      units: { create: (data.unitIds ?? []).map((unitId) => ({ ...base, unitId })) },
    },
  })
}

/** Assigns a UH facilitator to an order, as the university's coordinator would (written directly). */
export function assignOrderFacilitator(db: Tx, order: { id: string; partnershipId: string }, userId: string) {
  return db.uhOrderFacilitator.create({ data: { partnershipId: order.partnershipId, orderId: order.id, userId } })
}
