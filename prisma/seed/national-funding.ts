/**
 * The national seed's money and measures, for every owner and year: about 2,000 measures (two to
 * five a grant year) with units and UH facilitators, awards (nine tenths of each owner's share
 * and a tenth to the UH partner, after the forum's decision), spending within each award and
 * co-financing in money and staff time. Past years are closed at the end, after their spending:
 * the database refuses spending in a closed year.
 */
import type { MeasureLevel, PrismaClient, Theme } from '@/generated/prisma/client'
import { kroner } from '@/lib/money'
import type { createRandom } from './random'
import type { TPartnership } from './national-structure'
import type { TPeople } from './national-people'
import type { TForumSeeded } from './national-forum'
import { insertRows, sample, type TRow } from './national-sql'

type TRandom = ReturnType<typeof createRandom>
type TGrantYear = TPartnership['grantYears'][number]

export const THEMES: Theme[] = ['READING', 'EARLY_INTERVENTION', 'INCLUSIVE_ENVIRONMENT', 'NEW_CURRICULUM', 'SAMI_DIVERSITY', 'TRANSITIONS', 'ICT', 'MATHEMATICS', 'LEADERSHIP', 'PLC']
export const LEVELS: MeasureLevel[] = ['UNIT', 'LOCAL_NETWORK', 'REGIONAL_NETWORK', 'LEADER_NETWORK']
const themeTitles: Record<Theme, string> = {
  READING: 'Lesing i alle fag', EARLY_INTERVENTION: 'Tidlig innsats', INCLUSIVE_ENVIRONMENT: 'Inkluderende læringsmiljø',
  NEW_CURRICULUM: 'Fagfornyelsen i praksis', SAMI_DIVERSITY: 'Samisk mangfold', TRANSITIONS: 'Gode overganger', ICT: 'Digital kompetanse',
  MATHEMATICS: 'Utforskende matematikk', LEADERSHIP: 'Ledelse av utviklingsarbeid', PLC: 'Profesjonsfellesskap',
}
export const CURRENT_YEAR = 2026
const wholeKroner = (ore: bigint) => (ore / 100n) * 100n

export interface TMeasureSeeded { id: string; partnershipId: string; year: number; universityId: string | null; unitIds: string[] }

export async function seedFunding(db: PrismaClient, random: TRandom, partnerships: TPartnership[], people: TPeople, forum: TForumSeeded, id: () => string) {
  const rows: Record<string, TRow[]> = { Measure: [], MeasureUnit: [], MeasureFacilitator: [], Award: [], Spending: [], CoFinancing: [] }
  const recommendations: TRecommendationRows = { Recommendation: [], RecommendationLine: [], adoptedBy: [] }
  const measures: TMeasureSeeded[] = []
  for (const p of partnerships) {
    for (const g of p.grantYears) {
      const decisionId = forum.allocationDecision.get(`${p.id}:${g.year}`) ?? null
      const yearMeasures = addMeasures(random, p, g, { decisionId, others: forum.decisions.get(`${p.id}:${g.year}`) ?? [], people }, id, rows)
      measures.push(...yearMeasures)
      addMoney(random, p, g, decisionId, yearMeasures, id, rows, recommendations)
    }
  }
  const counts: Record<string, number> = await insertDecidedRecommendations(db, recommendations)
  for (const [table, list] of Object.entries(rows)) counts[table] = await insertRows(db, table, list)
  Object.assign(counts, await closePastYears(db, random, partnerships, rows, id))
  return { measures, counts }
}

/**
 * Now that their spending is in, the past years are closed (the current one stays open), as the
 * year-end page does (ADR 041): about a third were set to reallocate, and moved half of one
 * recipient's unused money to another owner first; each closing is in the year-end history.
 */
async function closePastYears(db: PrismaClient, random: TRandom, partnerships: TPartnership[], rows: Record<string, TRow[]>, id: () => string) {
  const unused = new Map<string, bigint>()
  const add = (key: string, ore: bigint) => unused.set(key, (unused.get(key) ?? 0n) + ore)
  for (const a of rows.Award!) add(`${String(a.grantYearId)}:${String(a.recipientId)}`, a.amountOre as bigint)
  for (const x of rows.Spending!) add(`${String(x.grantYearId)}:${String(x.recipientId)}`, -(x.amountOre as bigint))
  const moves: TRow[] = []
  const events: TRow[] = []
  const reallocating: string[] = []
  for (const p of partnerships) {
    for (const g of p.grantYears.filter((y) => y.year < CURRENT_YEAR)) {
      const left = (recipientId: string) => unused.get(`${g.id}:${recipientId}`) ?? 0n
      const [from, to] = [...p.ownerIds].sort((a, b) => Number(left(b) - left(a)))
      const amountOre = from && to ? wholeKroner(left(from) / 2n) : 0n
      const reallocate = amountOre > 0n && random.next() < 0.35
      if (reallocate) {
        reallocating.push(g.id)
        moves.push({ id: id(), partnershipId: p.id, grantYearId: g.id, fromRecipientId: from, toRecipientId: to, amountOre, reason: 'Skoleeieren brukte ikke hele tilsagnet; midlene går til en skoleeier med flere deltakere.', createdAt: new Date(`${g.year}-11-15`) })
      }
      const total = [...unused].filter(([key]) => key.startsWith(`${g.id}:`)).reduce((sum, [, ore]) => sum + ore, 0n)
      events.push({ id: id(), partnershipId: p.id, grantYearId: g.id, kind: 'CLOSED', unusedMoney: reallocate ? 'REALLOCATE' : 'REPAY', unusedOre: total, reason: null, at: new Date(`${g.year + 1}-02-15`) })
    }
  }
  await db.grantYear.updateMany({ where: { id: { in: reallocating } }, data: { unusedMoney: 'REALLOCATE' } })
  const counts = { Reallocation: await insertRows(db, 'Reallocation', moves) }
  await db.grantYear.updateMany({ where: { year: { lt: CURRENT_YEAR } }, data: { status: 'CLOSED' } })
  return { ...counts, YearEndEvent: await insertRows(db, 'YearEndEvent', events) }
}

type TRecommendationRows = { Recommendation: TRow[]; RecommendationLine: TRow[]; adoptedBy: { id: string; decisionId: string; grantYearId: string }[] }

/**
 * The recommendations written as drafts with their lines, then taken through the lifecycle in
 * three statements (adopted by the forum's decision, sent, decided for the grant year), the order
 * the database rules allow (ADR 037); the awards that name them come after.
 */
async function insertDecidedRecommendations(db: PrismaClient, recs: TRecommendationRows): Promise<Record<string, number>> {
  const counts = { Recommendation: await insertRows(db, 'Recommendation', recs.Recommendation), RecommendationLine: await insertRows(db, 'RecommendationLine', recs.RecommendationLine) }
  for (let i = 0; i < recs.adoptedBy.length; i += 1000) {
    // Our own generated uuids only (national-sql.ts): nothing from outside reaches this statement.
    const values = recs.adoptedBy.slice(i, i + 1000).map((r) => `('${r.id}'::uuid, '${r.decisionId}'::uuid, '${r.grantYearId}'::uuid)`).join(', ')
    await db.$executeRawUnsafe(`UPDATE "Recommendation" r SET "status" = 'ADOPTED', "decisionId" = v.d, "adoptedAt" = r."createdAt" FROM (VALUES ${values}) AS v(id, d, g) WHERE r."id" = v.id`)
    await db.$executeRawUnsafe(`UPDATE "Recommendation" r SET "status" = 'SENT', "sentAt" = r."adoptedAt" + interval '1 day' FROM (VALUES ${values}) AS v(id, d, g) WHERE r."id" = v.id`)
    await db.$executeRawUnsafe(
      `UPDATE "Recommendation" r SET "status" = 'DECIDED', "decidedAt" = r."sentAt" + interval '10 days', "vedtakReference" = r."year" || '/1041', "grantYearId" = v.g FROM (VALUES ${values}) AS v(id, d, g) WHERE r."id" = v.id`,
    )
  }
  return counts
}

function addMeasures(
  random: TRandom, p: TPartnership, g: TGrantYear, ctx: { decisionId: string | null; others: string[]; people: TPeople }, id: () => string, rows: Record<string, TRow[]>,
): TMeasureSeeded[] {
  const universityId = p.universityIds[0] ?? null
  const facilitators = universityId ? (ctx.people.facilitators.get(universityId) ?? []) : []
  const count = random.int(2, 5)
  const out: TMeasureSeeded[] = []
  for (let i = 0; i < count; i++) {
    const themes = sample(random, THEMES, random.int(1, 2))
    const measureId = id()
    const status = g.year < CURRENT_YEAR ? (random.next() < 0.05 ? 'CANCELLED' : 'COMPLETED') : random.next() < 0.6 ? 'ACTIVE' : 'PLANNED'
    rows.Measure!.push({
      id: measureId, partnershipId: p.id, grantYearId: g.id, universityId, title: `${themeTitles[themes[0]!]} ${g.year}${i > 0 ? ` – del ${i + 1}` : ''}`,
      description: 'Tiltak prioritert av samarbeidsforumet ut fra skoleeiernes behovsmeldinger.', level: random.pick(LEVELS), status, themes, sectorGoals: [random.pick(['LEARNING_ENVIRONMENT', 'BASIC_SKILLS', 'COMPLETION'])],
      startsOn: new Date(`${g.year}-01-01`), endsOn: new Date(`${g.year}-12-31`), decisionId: i === 0 ? ctx.decisionId : (ctx.others.length ? random.pick(ctx.others) : ctx.decisionId),
      priority: i + 1, budgetOre: wholeKroner((g.stateAmountOre * BigInt(random.int(10, 30))) / 100n), createdById: ctx.people.secretariat.get(p.id)?.[0] ?? null,
      createdAt: new Date(`${g.year}-01-15`), updatedAt: new Date(`${g.year}-01-15`),
    })
    const unitIds = sample(random, p.units, random.int(3, 10)).map((u) => u.id)
    for (const unitId of unitIds) rows.MeasureUnit!.push({ id: id(), partnershipId: p.id, measureId, unitId })
    for (const userId of sample(random, facilitators, random.int(1, 2))) rows.MeasureFacilitator!.push({ id: id(), partnershipId: p.id, measureId, userId })
    out.push({ id: measureId, partnershipId: p.id, year: g.year, universityId, unitIds })
  }
  return out
}

/** Awards within the grant, spending within each award, co-financing for every owner. */
function addMoney(
  random: TRandom, p: TPartnership, g: TGrantYear, decisionId: string | null, measures: TMeasureSeeded[], id: () => string, rows: Record<string, TRow[]>, recs: TRecommendationRows,
) {
  const base = { partnershipId: p.id, grantYearId: g.id }
  const awards = p.ownerIds.map((recipientId) => ({ recipientId, amountOre: wholeKroner(((g.shares.get(recipientId) ?? 0n) * 9n) / 10n), owner: true }))
  if (p.universityIds[0]) awards.push({ recipientId: p.universityIds[0], amountOre: wholeKroner(g.stateAmountOre / 10n), owner: false })
  const current = g.year === CURRENT_YEAR
  // The year's recommendation, planning what the awards then give, when the forum decided the split.
  const recommendationId = decisionId ? id() : null
  if (recommendationId) {
    recs.Recommendation.push({ id: recommendationId, partnershipId: p.id, forumId: p.forumId, year: g.year, version: 1, note: 'Fordeling etter elevtall, med en tidel til UH-partneren.', createdAt: new Date(`${g.year}-01-20`) })
    recs.adoptedBy.push({ id: recommendationId, decisionId: decisionId!, grantYearId: g.id })
    for (const a of awards.filter((x) => x.amountOre > 0n)) recs.RecommendationLine.push({ id: id(), partnershipId: p.id, recommendationId, recipientId: a.recipientId, amountOre: a.amountOre })
  }
  for (const a of awards.filter((x) => x.amountOre > 0n)) {
    rows.Award!.push({ ...base, id: id(), recipientId: a.recipientId, decisionId, recommendationId, amountOre: a.amountOre, awardedOn: new Date(`${g.year}-02-01`), createdAt: new Date(`${g.year}-02-01`) })
    // A closed year was mostly spent; this year is under way.
    const spentShare = BigInt(current ? random.int(15, 60) : random.int(75, 100))
    const parts = random.int(1, 3)
    const each = wholeKroner((a.amountOre * spentShare) / 100n / BigInt(parts))
    for (let k = 0; k < parts && each > 0n; k++) {
      const month = current ? random.int(3, 10) : random.int(3, 12)
      rows.Spending!.push({
        ...base, id: id(), recipientId: a.recipientId, measureId: measures.length ? random.pick(measures).id : null, amountOre: each,
        spentOn: new Date(Date.UTC(g.year, month - 1, random.int(1, 28))), description: random.pick(['Vikarutgifter', 'Samlinger og reise', 'Frikjøp av ressurslærere', 'Veiledning fra UH']),
        createdAt: new Date(Date.UTC(g.year, month - 1, 28)),
      })
    }
    if (!a.owner) continue
    // Co-financing: money or staff time (amount = hours × rate, rounded to whole øre as the database checks).
    if (random.next() < 0.5) {
      const amountOre = wholeKroner((a.amountOre * BigInt(random.int(12, 40))) / 100n)
      if (amountOre > 0n) rows.CoFinancing!.push({ ...base, id: id(), ownerId: a.recipientId, kind: 'MONEY', hoursCenti: null, hourlyRateOre: null, amountOre, description: 'Frikjøp av ressurslærere', createdAt: new Date(`${g.year}-06-30`) })
    } else {
      const hoursCenti = random.int(20, 600) * 100
      const hourlyRateOre = kroner(random.int(450, 750))
      const amountOre = (BigInt(hoursCenti) * hourlyRateOre + 50n) / 100n
      rows.CoFinancing!.push({ ...base, id: id(), ownerId: a.recipientId, kind: 'STAFF_TIME', hoursCenti, hourlyRateOre, amountOre, description: 'Arbeidstid i profesjonsfellesskapet', createdAt: new Date(`${g.year}-06-30`) })
    }
  }
}
