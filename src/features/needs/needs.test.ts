import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createUhOrder } from '~tests/factories/needs'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { acceptOffer } from './accept-offer'
import { addNeedsPriority } from './add-needs-priority'
import { answerOrder } from './answer-order'
import { createNeedsReport } from './create-needs-report'
import { createOrder } from './create-order'
import { getNeedsDashboard } from './dashboard'
import { declineOffer } from './decline-offer'
import { getNeedsOverview } from './get-needs-overview'
import { getNeedsReport } from './get-needs-report'
import { getOrder } from './get-order'
import { getOrders } from './get-orders'
import { removeNeedsPriority } from './remove-needs-priority'
import { suggestionText } from './schemas'
import { sendOrder } from './send-order'
import { submitNeedsReport } from './submit-needs-report'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const audits = (action: string, entityId?: string) => prisma.auditLog.count({ where: { action, ...(entityId ? { entityId } : {}) } })

let bodoOwner: Actor
let fauskeOwner: Actor
let meloyOwner: Actor
let uh: Actor
let secretariat: Actor
let secretariatSunnmore: Actor
let principal: Actor
let salten: string
let sunnmore: string
const org: Record<'bodo' | 'fauske' | 'meloy' | 'alesund', { id: string; units: string[] }> = {} as never
let nord: string
let volda: string

async function ownerActor(ownerId: string, name: string) {
  const user = await prisma.user.create({ data: { name, email: `${crypto.randomUUID()}@kommune.no` } })
  await prisma.membership.create({ data: { userId: user.id, role: 'SCHOOL_OWNER', organisationId: ownerId } })
  return (await loadActor(prisma, user.id))!
}

beforeAll(async () => {
  salten = (await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })).id
  sunnmore = (await prisma.partnership.findUniqueOrThrow({ where: { slug: 'nordre-sunnmore' } })).id
  for (const [key, number] of [['bodo', '1804'], ['fauske', '1841'], ['meloy', '1837'], ['alesund', '1508']] as const) {
    const o = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number } } })
    org[key] = { id: o.id, units: (await prisma.unit.findMany({ where: { ownerId: o.id }, orderBy: { name: 'asc' } })).map((u) => u.id) }
  }
  nord = (await prisma.organisation.findFirstOrThrow({ where: { shortName: 'Nord' } })).id
  volda = (await prisma.organisation.findFirstOrThrow({ where: { shortName: 'HVO' } })).id
  bodoOwner = await actorFor(demoPeople.schoolOwnerBodo.email)
  uh = await actorFor(demoPeople.universityPartner.email)
  secretariat = await actorFor(demoPeople.secretariatSalten.email)
  secretariatSunnmore = await actorFor(demoPeople.secretariatSunnmore.email)
  principal = await actorFor(demoPeople.principal.email)
  fauskeOwner = await ownerActor(org.fauske.id, 'Fauske Kommunalsjef')
  meloyOwner = await ownerActor(org.meloy.id, 'Meløy Kommunalsjef')
})

const reportInput = (more: Record<string, unknown> = {}) => ({ partnershipId: salten, ownerId: org.bodo.id, year: '2027', title: `Behovsmelding ${crypto.randomUUID()}`, summary: 'Skolene trenger støtte til lesing og læringsmiljø.', ...more })

describe('needs reports', () => {
  it('a joint report: either owner writes in it; a third owner of the partnership neither sees nor changes it', async () => {
    const created = await createNeedsReport(prisma, bodoOwner, reportInput({ coOwnerIds: [org.fauske.id] }))
    expect(created).toMatchObject({ ok: true, done: 'reportCreated' })
    if (!created.ok) return
    const owners = await prisma.needsReportOwner.findMany({ where: { reportId: created.id } })
    expect(owners.map((o) => o.ownerId).sort()).toEqual([org.bodo.id, org.fauske.id].sort())
    expect(await audits('needs_report.create', created.id)).toBe(1)

    expect(await addNeedsPriority(prisma, fauskeOwner, { reportId: created.id, theme: 'READING', description: 'Lesing på småtrinnet', unitIds: [org.fauske.units[0], org.bodo.units[0]] })).toMatchObject({ ok: true })
    expect((await getNeedsReport(prisma, fauskeOwner, created.id))?.canEdit).toBe(true)

    expect(await getNeedsReport(prisma, meloyOwner, created.id)).toBeNull()
    expect((await getNeedsOverview(prisma, meloyOwner)).reports.some((r) => r.id === created.id)).toBe(false)
    expect(await addNeedsPriority(prisma, meloyOwner, { reportId: created.id, theme: 'ICT', description: 'IKT', unitIds: [] })).toEqual({ ok: false, error: 'notFound' })
    expect(await submitNeedsReport(prisma, meloyOwner, { reportId: created.id })).toEqual({ ok: false, error: 'notFound' })
    expect(await prisma.needsPriority.count({ where: { reportId: created.id } })).toBe(1)
  })

  it('refuses bad input with a reason and saves nothing', async () => {
    const before = await prisma.needsReport.count()
    expect(await createNeedsReport(prisma, bodoOwner, reportInput({ title: ' ', year: '1999' }))).toMatchObject({ ok: false, error: 'invalid', fields: ['year', 'title'] })
    // Ålesund is an owner in Nordre Sunnmøre, not in Salten.
    expect(await createNeedsReport(prisma, bodoOwner, reportInput({ coOwnerIds: [org.alesund.id] }))).toMatchObject({ ok: false, error: 'notOwner', fields: ['coOwnerIds'] })
    // Bodø is not an owner in Nordre Sunnmøre; nor may it write for Fauske.
    expect(await createNeedsReport(prisma, bodoOwner, reportInput({ partnershipId: sunnmore }))).toMatchObject({ ok: false, error: 'notFound' })
    expect(await createNeedsReport(prisma, bodoOwner, reportInput({ ownerId: org.fauske.id }))).toMatchObject({ ok: false, error: 'notFound' })
    expect(await createNeedsReport(prisma, principal, reportInput())).toEqual({ ok: false, error: 'forbidden' })
    expect(await prisma.needsReport.count()).toBe(before)

    const created = await createNeedsReport(prisma, bodoOwner, reportInput())
    if (!created.ok) throw new Error(created.error)
    expect(await addNeedsPriority(prisma, bodoOwner, { reportId: created.id, theme: 'READING', description: 'Lesing', unitIds: [org.meloy.units[0]] })).toMatchObject({ ok: false, error: 'notUnitOfOwners', fields: ['unitIds'] })
    expect(await addNeedsPriority(prisma, bodoOwner, { reportId: created.id, theme: 'SWIMMING', description: 'Svømming', unitIds: [] })).toMatchObject({ ok: false, error: 'invalid', fields: ['theme'] })
    expect(await prisma.needsPriority.count({ where: { reportId: created.id } })).toBe(0)
  })

  it('submits once, only with priorities; afterwards nothing changes; the forum then reads it with the theme summary', async () => {
    const created = await createNeedsReport(prisma, bodoOwner, reportInput({ year: '2031' }))
    if (!created.ok) throw new Error(created.error)
    const id = created.id
    expect(await submitNeedsReport(prisma, bodoOwner, { reportId: id })).toEqual({ ok: false, error: 'noPriorities' })
    await addNeedsPriority(prisma, bodoOwner, { reportId: id, theme: 'READING', description: 'Lesing i alle fag', unitIds: org.bodo.units.slice(0, 3) })
    await addNeedsPriority(prisma, bodoOwner, { reportId: id, theme: 'READING', description: 'Leseløft på ungdomstrinnet', unitIds: org.bodo.units.slice(2, 4) })
    await addNeedsPriority(prisma, bodoOwner, { reportId: id, theme: 'ICT', description: 'Digital dømmekraft', unitIds: [] })
    const ict = await prisma.needsPriority.findFirstOrThrow({ where: { reportId: id, theme: 'ICT' } })
    expect(await removeNeedsPriority(prisma, bodoOwner, { priorityId: ict.id })).toMatchObject({ ok: true, done: 'priorityRemoved' })
    expect(await audits('needs_priority.remove', ict.id)).toBe(1)

    // The forum never sees a draft.
    expect(await getNeedsReport(prisma, secretariat, id)).toBeNull()
    expect(await submitNeedsReport(prisma, bodoOwner, { reportId: id })).toMatchObject({ ok: true, done: 'reportSubmitted' })
    const stored = await prisma.needsReport.findUniqueOrThrow({ where: { id } })
    expect(stored.status).toBe('SUBMITTED')
    expect(stored.submittedAt).toBeInstanceOf(Date)
    expect(await audits('needs_report.submit', id)).toBe(1)

    const reading = await prisma.needsPriority.findFirstOrThrow({ where: { reportId: id } })
    expect(await submitNeedsReport(prisma, bodoOwner, { reportId: id })).toEqual({ ok: false, error: 'submitted' })
    expect(await addNeedsPriority(prisma, bodoOwner, { reportId: id, theme: 'ICT', description: 'For sent', unitIds: [] })).toEqual({ ok: false, error: 'submitted' })
    expect(await removeNeedsPriority(prisma, bodoOwner, { priorityId: reading.id })).toEqual({ ok: false, error: 'submitted' })
    expect(await prisma.needsPriority.count({ where: { reportId: id } })).toBe(2)
    expect((await getNeedsReport(prisma, bodoOwner, id))?.canEdit).toBe(false)

    expect(await getNeedsReport(prisma, secretariat, id)).toMatchObject({ status: 'SUBMITTED', canEdit: false })
    expect(await getNeedsReport(prisma, secretariatSunnmore, id)).toBeNull()
    const summary = (await getNeedsOverview(prisma, secretariat)).summaries.find((s) => s.year === 2031)
    // Two reading priorities over units 0–2 and 2–3: four distinct units.
    expect(summary).toEqual({ partnershipName: 'Salten KAN', year: 2031, reports: 1, themes: [{ theme: 'READING', priorities: 2, units: 4 }] })
    // Only the newest submitted year per partnership is summarised; the list is read a page at a time.
    const overview = await getNeedsOverview(prisma, secretariat, { page: 1, pageSize: 1 })
    expect(overview.summaries.filter((s) => s.partnershipName === 'Salten KAN').map((s) => s.year)).toEqual([2031])
    expect(overview.reports).toHaveLength(1)
    expect(overview.total).toBeGreaterThan(1)
    const second = await getNeedsOverview(prisma, secretariat, { page: 2, pageSize: 1 })
    expect(second.reports[0]?.id).not.toBe(overview.reports[0]!.id)
  })

  it("offers the owner's units' shared self-assessment priorities as help, never unshared ones", async () => {
    const set = await prisma.statementSet.create({ data: { partnershipId: salten, name: `Sett ${crypto.randomUUID()}`, unitKind: 'SCHOOL' } })
    const [sharedUnit, privateUnit] = [org.bodo.units[5]!, org.bodo.units[6]!]
    for (const [unitId, sharedAt, title] of [[sharedUnit, new Date(), 'Vurdering for læring'], [privateUnit, null, 'Ikke delt ennå']] as const) {
      await prisma.selfAssessment.create({
        data: { partnershipId: salten, unitId, statementSetId: set.id, year: 2032, sharedAt, priorities: { create: [{ partnershipId: salten, position: 1, theme: 'MATHEMATICS', title, goal: 'Elevene forstår hva de skal lære.' }] } },
      })
    }
    const created = await createNeedsReport(prisma, bodoOwner, reportInput({ year: '2032' }))
    if (!created.ok) throw new Error(created.error)
    const report = await getNeedsReport(prisma, bodoOwner, created.id)
    expect(report?.suggestions.map((x) => [x.unitId, x.theme, x.title, x.added])).toEqual([[sharedUnit, 'MATHEMATICS', 'Vurdering for læring', false]])
    // The one-click add writes the suggestion's text for its unit; it then shows as added.
    const suggestion = report!.suggestions[0]!
    expect(await addNeedsPriority(prisma, bodoOwner, { reportId: created.id, theme: suggestion.theme, description: suggestionText(suggestion), unitIds: suggestion.unitId })).toMatchObject({ ok: true })
    const after = await getNeedsReport(prisma, bodoOwner, created.id)
    expect(after?.priorities.map((p) => [p.theme, p.description])).toEqual([['MATHEMATICS', 'Vurdering for læring. Elevene forstår hva de skal lære.']])
    expect(after?.suggestions.map((x) => x.added)).toEqual([true])
  })
})

const orderInput = (more: Record<string, unknown> = {}) => ({
  partnershipId: salten,
  ownerId: org.bodo.id,
  universityId: nord,
  title: `Bestilling ${crypto.randomUUID()}`,
  description: 'Veiledning i profesjonsfellesskapet på to skoler.',
  themes: ['PLC', 'READING'],
  unitIds: org.bodo.units.slice(0, 2),
  startsOn: '2027-08-15',
  endsOn: '2028-06-20',
  hoursRequested: '80',
  ...more,
})

describe('orders to UH', () => {
  it('refuses bad input with a reason and saves nothing', async () => {
    const before = await prisma.uhOrder.count()
    expect(await createOrder(prisma, bodoOwner, orderInput({ endsOn: '2027-08-01' }))).toMatchObject({ ok: false, error: 'periodOrder', fields: ['endsOn'] })
    expect(await createOrder(prisma, bodoOwner, orderInput({ hoursRequested: '0', themes: [] }))).toMatchObject({ ok: false, error: 'invalid', fields: ['themes', 'hoursRequested'] })
    // A day that does not exist is refused on its field, never rolled over into March.
    expect(await createOrder(prisma, bodoOwner, orderInput({ endsOn: '2028-02-30' }))).toMatchObject({ ok: false, error: 'invalid', fields: ['endsOn'] })
    expect(await createOrder(prisma, bodoOwner, orderInput({ universityId: volda }))).toMatchObject({ ok: false, error: 'notPartnerUniversity' })
    expect(await createOrder(prisma, bodoOwner, orderInput({ unitIds: [org.meloy.units[0]] }))).toMatchObject({ ok: false, error: 'notUnitOfOwners' })
    expect(await createOrder(prisma, uh, orderInput())).toEqual({ ok: false, error: 'forbidden' })
    expect(await prisma.uhOrder.count()).toBe(before)
    // A joint order may name the co-owner's units.
    expect(await createOrder(prisma, bodoOwner, orderInput({ coOwnerIds: [org.meloy.id], unitIds: [org.bodo.units[0], org.meloy.units[0]] }))).toMatchObject({ ok: true })
  })

  it('draft → sent → offered → declined → offered again → agreed; UH never sees the draft; emails to the other side; delivered hours from visits', async () => {
    const created = await createOrder(prisma, bodoOwner, orderInput())
    if (!created.ok) throw new Error(created.error)
    const id = created.id
    expect(await audits('uh_order.create', id)).toBe(1)
    expect(await getOrder(prisma, uh, id)).toBeNull()
    expect((await getOrders(prisma, uh)).orders.some((o) => o.id === id)).toBe(false)
    expect(await getOrder(prisma, secretariat, id)).toBeNull()
    expect(await answerOrder(prisma, uh, { orderId: id, offerText: 'Vi tilbyr veiledning.', offerHours: '60' })).toEqual({ ok: false, error: 'notFound' })
    expect(await acceptOffer(prisma, bodoOwner, { orderId: id })).toEqual({ ok: false, error: 'wrongStatus' })

    const mails = () => prisma.emailOutbox.findMany({ where: { text: { contains: id } }, orderBy: { createdAt: 'asc' } })
    expect(await sendOrder(prisma, bodoOwner, { orderId: id })).toMatchObject({ ok: true, done: 'orderSent' })
    expect(await sendOrder(prisma, bodoOwner, { orderId: id })).toEqual({ ok: false, error: 'wrongStatus' })
    // Every person with an active UH partner role at the university gets one (the demo has two at Nord).
    const { universityId } = await prisma.uhOrder.findUniqueOrThrow({ where: { id } })
    const uhPeople = await prisma.membership.findMany({ where: { role: 'UNIVERSITY_PARTNER', endedAt: null, organisationId: universityId }, select: { user: { select: { email: true } } } })
    const expected = uhPeople.map((m) => m.user.email!).sort()
    expect(expected).toContain(demoPeople.universityPartner.email)
    expect((await mails()).map((m) => [m.kind, m.to]).sort()).toEqual(expected.map((to) => ['uh_order.sent', to]))

    // Other owners, even in the same partnership, never see it; the forum sees it once sent.
    expect(await getOrder(prisma, meloyOwner, id)).toBeNull()
    expect(await getOrder(prisma, secretariat, id)).toMatchObject({ status: 'SENT', canOwn: false, canAnswer: false })
    expect(await getOrder(prisma, uh, id)).toMatchObject({ status: 'SENT', canAnswer: true, canOwn: false })

    expect(await answerOrder(prisma, uh, { orderId: id, offerText: 'Kort', offerHours: '-3' })).toMatchObject({ ok: false, error: 'invalid', fields: ['offerText', 'offerHours'] })
    expect(await answerOrder(prisma, uh, { orderId: id, offerText: 'Vi tilbyr veiledning på skolene.', offerHours: '60', offerFacilitators: 'Ola' })).toMatchObject({ ok: true, done: 'orderAnswered' })
    expect((await mails()).map((m) => [m.kind, m.to])).toContainEqual(['uh_order.offered', demoPeople.schoolOwnerBodo.email])
    expect((await getNeedsDashboard(prisma, bodoOwner))?.waiting.map((o) => o.id)).toContain(id)

    expect(await declineOffer(prisma, bodoOwner, { orderId: id, declineReason: '' })).toMatchObject({ ok: false, error: 'invalid', fields: ['declineReason'] })
    expect(await declineOffer(prisma, bodoOwner, { orderId: id, declineReason: 'Vi trenger flere timer.' })).toMatchObject({ ok: true, done: 'offerDeclined' })
    expect(await acceptOffer(prisma, bodoOwner, { orderId: id })).toEqual({ ok: false, error: 'wrongStatus' })
    expect((await getNeedsDashboard(prisma, uh))?.waiting.map((o) => o.id)).toContain(id)
    expect(await answerOrder(prisma, uh, { orderId: id, offerText: 'Nytt tilbud med flere timer.', offerHours: '80' })).toMatchObject({ ok: true })
    expect(await prisma.uhOrder.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'OFFERED', offerHours: 80, declinedAt: null, declineReason: null })

    // Two clicks at once: one wins.
    const both = await Promise.all([acceptOffer(prisma, bodoOwner, { orderId: id }), acceptOffer(prisma, bodoOwner, { orderId: id })])
    expect(both.map((r) => (r.ok ? 'ok' : r.error)).sort()).toEqual(['ok', 'wrongStatus'])
    expect(await audits('uh_order.accept', id)).toBe(1)
    expect(await audits('uh_order.answer', id)).toBe(2)
    expect(await audits('uh_order.decline', id)).toBe(1)

    const unitId = org.bodo.units[0]!
    await prisma.uhVisit.createMany({
      data: [90, 45].map((durationMinutes) => ({ partnershipId: salten, unitId, universityId: nord, orderId: id, kind: 'VISIT' as const, visitedOn: new Date('2027-09-01'), durationMinutes, notes: 'Besøk' })),
    })
    expect(await getOrder(prisma, uh, id)).toMatchObject({ status: 'AGREED', offerHours: 80, deliveredHours: 2.3, visits: 2 })
    expect(await getOrder(prisma, bodoOwner, id)).toMatchObject({ status: 'AGREED', deliveredHours: 2.3, canOwn: true })
    expect((await getNeedsDashboard(prisma, uh))?.agreed).toBeDefined()
  })

  it('the UH partner answers only orders sent to its own university', async () => {
    const other = await createUhOrder(prisma, { partnershipId: sunnmore, universityId: volda, ownerIds: [org.alesund.id], status: 'SENT' })
    expect(await getOrder(prisma, uh, other.id)).toBeNull()
    expect(await answerOrder(prisma, uh, { orderId: other.id, offerText: 'Tilbud til feil universitet.', offerHours: '10' })).toEqual({ ok: false, error: 'notFound' })
    expect((await prisma.uhOrder.findUniqueOrThrow({ where: { id: other.id } })).status).toBe('SENT')
  })
})

describe('dashboard', () => {
  it('gives the forum this year’s submitted reports with themes, and nothing to a person without these permissions', async () => {
    const forum = await getNeedsDashboard(prisma, secretariat)
    expect(forum?.reports.length).toBeGreaterThan(0)
    expect(forum?.reports.every((r) => r.status === 'SUBMITTED')).toBe(true)
    expect(forum?.themes.find((t) => t.theme === 'READING')?.priorities).toBeGreaterThanOrEqual(2)
    expect(await getNeedsDashboard(prisma, principal)).toBeNull()
  })
})
