/**
 * The national seed's work with UH: two to four orders a year per partnership (agreed, declined,
 * and this year's in every status) with owners and units, visits logged against agreed orders and
 * against measures, partnership plans for three periods with all four levels and half-yearly
 * reviews, and unit plans for about a quarter of the units.
 */
import type { OrderStatus, PrismaClient, ProgressStage } from '@/generated/prisma/client'
import type { createRandom } from './random'
import type { TPartnership } from './national-structure'
import type { TPeople } from './national-people'
import { LEVELS, THEMES, type TMeasureSeeded } from './national-funding'
import { groupBy, insertRows, sample, type TRow } from './national-sql'

type TRandom = ReturnType<typeof createRandom>
type TRows = Record<string, TRow[]>

const STAGES: ProgressStage[] = ['NOT_STARTED', 'STARTED', 'ESTABLISHED', 'EMBEDDED']
const CURRENT_STATUSES: OrderStatus[] = ['DRAFT', 'SENT', 'OFFERED', 'AGREED', 'DECLINED']

export async function seedOrdersAndPlans(db: PrismaClient, random: TRandom, partnerships: TPartnership[], people: TPeople, measures: TMeasureSeeded[], id: () => string) {
  const rows: TRows = { UhOrder: [], UhOrderOwner: [], UhOrderUnit: [], UhOrderFacilitator: [], UhVisit: [], DevelopmentPlan: [], PlanLevel: [], PlanReview: [] }
  const measuresOf = groupBy(measures, (m) => m.partnershipId)
  for (const p of partnerships) {
    const universityId = p.universityIds[0]
    if (universityId) {
      const facilitators = people.facilitators.get(universityId) ?? []
      for (let year = 2019; year <= 2026; year++) for (let i = random.int(2, 4); i > 0; i--) addOrder(random, p, { universityId, year, facilitators }, id, rows)
      for (const m of measuresOf.get(p.id) ?? []) {
        for (const unitId of sample(random, m.unitIds, 2)) addVisit(random, p, { universityId, unitId, year: m.year, measureId: m.id, createdById: facilitators.length ? random.pick(facilitators) : null }, id, rows)
      }
    }
    addPlans(random, p, people, id, rows)
  }
  const counts: Record<string, number> = {}
  for (const [table, list] of Object.entries(rows)) counts[table] = await insertRows(db, table, list)
  return counts
}

function addOrder(random: TRandom, p: TPartnership, o: { universityId: string; year: number; facilitators: string[] }, id: () => string, rows: TRows) {
  const status: OrderStatus = o.year < 2026 ? (random.next() < 0.85 ? 'AGREED' : 'DECLINED') : random.pick(CURRENT_STATUSES)
  const ownerIds = sample(random, p.ownerIds, random.int(1, 2))
  const units = sample(random, p.units.filter((u) => ownerIds.includes(u.ownerId)), random.int(2, 5))
  const created = new Date(Date.UTC(o.year - 1, 10, random.int(1, 28)))
  const later = (days: number) => new Date(created.getTime() + days * 86_400_000)
  const offered = status === 'OFFERED' || status === 'AGREED' || status === 'DECLINED'
  const hoursRequested = random.int(4, 40) * 5
  const orderId = id()
  rows.UhOrder!.push({
    id: orderId, partnershipId: p.id, universityId: o.universityId, year: o.year, title: `Bestilling ${o.year}: ${random.pick(['lesing', 'læringsmiljø', 'profesjonsfellesskap', 'matematikk', 'ledelse'])}`,
    description: 'Skoleeierne ber UH-partneren om veiledning til ressurslærere og ledelse, med samlinger og skolebesøk.',
    themes: sample(random, THEMES, random.int(1, 2)), startsOn: new Date(`${o.year}-01-01`), endsOn: new Date(`${o.year}-12-31`), hoursRequested, status,
    sentAt: status === 'DRAFT' ? null : later(7), offerText: offered ? 'Vi tilbyr veiledning og to samlinger per semester.' : null,
    offerHours: offered ? Math.max(5, hoursRequested - random.int(0, 4) * 5) : null, offerFacilitators: offered ? 'To utviklingsveiledere' : null, offeredAt: offered ? later(21) : null,
    agreedAt: status === 'AGREED' ? later(30) : null, declinedAt: status === 'DECLINED' ? later(30) : null, declineReason: status === 'DECLINED' ? 'Løses innenfor eget tiltak.' : null,
    createdById: null, createdAt: created, updatedAt: created,
  })
  for (const ownerId of ownerIds) rows.UhOrderOwner!.push({ id: id(), partnershipId: p.id, orderId, ownerId })
  for (const u of units) rows.UhOrderUnit!.push({ id: id(), partnershipId: p.id, orderId, unitId: u.id })
  if (status === 'DRAFT') return
  // The coordinator assigned one facilitator, who answers the order and logs its visits.
  const createdById = o.facilitators.length ? o.facilitators[rows.UhOrder!.length % o.facilitators.length]! : null
  if (createdById) rows.UhOrderFacilitator!.push({ id: id(), partnershipId: p.id, orderId, userId: createdById, assignedById: null, createdAt: later(10) })
  if (status !== 'AGREED') return
  for (const u of units) for (let v = random.int(1, 3); v > 0; v--) addVisit(random, p, { universityId: o.universityId, unitId: u.id, year: o.year, orderId, createdById }, id, rows)
}

function addVisit(random: TRandom, p: TPartnership, v: { universityId: string; unitId: string; year: number; orderId?: string; measureId?: string; createdById: string | null }, id: () => string, rows: TRows) {
  const visitedOn = new Date(Date.UTC(v.year, random.int(0, 10), random.int(1, 28)))
  rows.UhVisit!.push({
    id: id(), partnershipId: p.id, unitId: v.unitId, universityId: v.universityId, orderId: v.orderId ?? null, measureId: v.measureId ?? null,
    kind: random.next() < 0.6 ? 'VISIT' : 'SUPERVISION', visitedOn, durationMinutes: random.int(2, 8) * 30,
    notes: 'Observasjon og samtale med ressurslærerne; avtalt oppfølging i profesjonsfellesskapet.', createdById: v.createdById, createdAt: visitedOn,
  })
}

/** Plans for 2017–2020, 2020–2023 and 2024–2027 with reviews each half year; unit plans from 2025. */
function addPlans(random: TRandom, p: TPartnership, people: TPeople, id: () => string, rows: TRows) {
  const secretariat = people.secretariat.get(p.id)?.[0] ?? null
  for (const [from, to] of [[2017, 2020], [2020, 2023], [2024, 2027]] as const) {
    const planId = id()
    rows.DevelopmentPlan!.push({ id: planId, partnershipId: p.id, unitId: null, title: `Plan for kompetanseutvikling ${from}–${to}`, startsOn: new Date(`${from}-08-01`), endsOn: new Date(`${to}-07-31`), createdById: secretariat, createdAt: new Date(`${from}-06-01`), updatedAt: new Date(`${from}-06-01`) })
    for (const level of LEVELS) rows.PlanLevel!.push(levelRow(p, planId, level, id))
    const reviews: { on: Date; stage: number }[] = []
    for (let y = from; y < Math.min(to, 2027); y++) for (const month of [11, 5]) reviews.push({ on: new Date(Date.UTC(month === 5 ? y + 1 : y, month, 10)), stage: 0 })
    addReviews(random, p, planId, LEVELS, reviews.filter((r) => r.on < new Date('2026-11-20')).map((r) => r.on), secretariat, id, rows)
  }
  for (const unit of p.units) {
    if (random.next() > 0.25) continue
    const planId = id()
    const by = people.leaders.get(unit.id) ?? null
    rows.DevelopmentPlan!.push({ id: planId, partnershipId: p.id, unitId: unit.id, title: `Utviklingsplan for ${unit.name} 2025–2027`, startsOn: new Date('2025-08-01'), endsOn: new Date('2027-07-31'), createdById: by, createdAt: new Date('2025-06-01'), updatedAt: new Date('2025-06-01') })
    const levels = random.next() < 0.5 ? LEVELS.slice(0, 1) : LEVELS.slice(0, 2)
    for (const level of levels) rows.PlanLevel!.push(levelRow(p, planId, level, id))
    addReviews(random, p, planId, levels, [new Date('2025-12-12'), new Date('2026-06-15')].slice(0, random.int(1, 2)), by, id, rows)
  }
}

function levelRow(p: TPartnership, planId: string, level: string, id: () => string): TRow {
  return {
    id: id(), partnershipId: p.id, planId, level,
    signsOfPractice: 'Aktiv delingskultur og kollegabasert veiledning på hver enhet.',
    pictureOfFuture: 'Profesjonelle læringsfellesskap der elevenes læring og trivsel er målet i alt vi gjør.',
    methods: 'Skolebasert kompetanseutvikling, nettverk med forarbeid og etterarbeid, veiledning fra UH.',
  }
}

/** Reviews over time; the stage moves forward now and then, never back. */
function addReviews(random: TRandom, p: TPartnership, planId: string, levels: readonly string[], dates: Date[], createdById: string | null, id: () => string, rows: TRows) {
  const stage = new Map(levels.map((l) => [l, 0]))
  for (const reviewedOn of dates) {
    for (const level of levels) {
      if (random.next() < 0.4) stage.set(level, Math.min(3, stage.get(level)! + 1))
      rows.PlanReview!.push({ id: id(), partnershipId: p.id, planId, level, reviewedOn, stage: STAGES[stage.get(level)!]!, note: 'Gjennomgått i forumet; de fleste enhetene er i gang.', createdById, createdAt: reviewedOn })
    }
  }
}
