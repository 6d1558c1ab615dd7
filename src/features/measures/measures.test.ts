import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createUser } from '~tests/factories'
import { createDevelopmentPlan } from '~tests/factories/measures'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { addPlanReview } from './add-plan-review'
import { createMeasure } from './create-measure'
import { createPlan } from './create-plan'
import { getMeasuresDashboard, termStart } from './dashboard'
import { logVisit } from './log-visit'
import { getMeasure } from './get-measure'
import { getMeasures } from './get-measures'
import { getPlan } from './get-plan'
import { getPlans } from './get-plans'
import { getVisits } from './get-visits'
import { savePlanLevel } from './save-plan-level'
import { updateMeasure } from './update-measure'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const audits = (action: string) => prisma.auditLog.count({ where: { action } })

let secretariat: Actor
let principal: Actor
let head: Actor
let uh: Actor
let salten: { id: string }
let sunnmore: { id: string }
let schoolId: string
let kindergartenId: string
let nordId: string
let ola: { id: string }
let saltenUnits: string[]
let sunnmoreUnit: string

beforeAll(async () => {
  secretariat = await actorFor(demoPeople.secretariatSalten.email)
  principal = await actorFor(demoPeople.principal.email)
  head = await actorFor(demoPeople.kindergartenHead.email)
  uh = await actorFor(demoPeople.universityPartner.email)
  salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
  sunnmore = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'nordre-sunnmore' } })
  schoolId = principal.memberships[0]!.unitId!
  kindergartenId = head.memberships[0]!.unitId!
  nordId = uh.memberships[0]!.organisationId!
  ola = await prisma.user.findUniqueOrThrow({ where: { email: demoPeople.universityPartner.email } })
  const inPartnership = (id: string) => ({ owner: { partnershipOwners: { some: { partnershipId: id } } } })
  saltenUnits = (await prisma.unit.findMany({ where: inPartnership(salten.id), orderBy: { name: 'asc' }, select: { id: true } })).map((u) => u.id)
  sunnmoreUnit = (await prisma.unit.findFirstOrThrow({ where: inPartnership(sunnmore.id) })).id
})

const measureInput = (more: Record<string, unknown> = {}) => ({
  partnershipId: salten.id,
  title: 'Lesing på tvers av fag',
  description: 'Skolebasert kompetanseutvikling i lesing, med veiledning fra Nord universitet.',
  themes: ['READING', 'EARLY_INTERVENTION'],
  sectorGoals: 'BASIC_SKILLS',
  level: 'LOCAL_NETWORK',
  status: 'ACTIVE',
  startsOn: '2026-08-15',
  endsOn: '2027-06-20',
  unitIds: [schoolId, saltenUnits[1]],
  universityId: nordId,
  facilitatorIds: [ola.id],
  ...more,
})

describe('measures', () => {
  it('the secretariat creates a measure with units, facilitators, grant year, budget and decision, with one audit row', async () => {
    const year = await prisma.grantYear.findFirstOrThrow({ where: { partnershipId: salten.id } })
    const decision = await prisma.decision.findFirstOrThrow({ where: { partnershipId: salten.id } })
    const before = await audits('measure.create')
    const result = await createMeasure(prisma, secretariat, measureInput({ grantYearId: year.id, budget: '250 000,50', decisionId: decision.id, priority: '2' }))
    expect(result).toMatchObject({ ok: true, done: 'measureCreated' })
    const m = await prisma.measure.findUniqueOrThrow({ where: { id: result.ok ? result.id : '' }, include: { units: true, facilitators: true } })
    expect(m).toMatchObject({ budgetOre: 25_000_050n, priority: 2, themes: ['READING', 'EARLY_INTERVENTION'], sectorGoals: ['BASIC_SKILLS'], grantYearId: year.id, decisionId: decision.id })
    expect(m.units.map((u) => u.unitId).sort()).toEqual([schoolId, saltenUnits[1]].sort())
    expect(m.facilitators.map((f) => f.userId)).toEqual([ola.id])
    expect(await audits('measure.create')).toBe(before + 1)
  })

  it('refuses bad input and foreign references, and saves nothing', async () => {
    const counts = async () => [await prisma.measure.count(), await prisma.measureUnit.count(), await prisma.measureFacilitator.count(), await audits('measure.create')]
    const before = await counts()
    const sunnmoreDecision = await prisma.decision.findFirstOrThrow({ where: { partnershipId: sunnmore.id } })
    const year = await prisma.grantYear.findFirstOrThrow({ where: { partnershipId: salten.id } })
    const principalUser = principal.userId
    expect(await createMeasure(prisma, secretariat, measureInput({ themes: [], level: 'HELE_LANDET' }))).toEqual({ ok: false, error: 'invalid', fields: ['themes', 'level'], problems: expect.any(Object) as object })
    expect(await createMeasure(prisma, secretariat, measureInput({ endsOn: '2026-01-01' }))).toMatchObject({ ok: false, error: 'periodOrder', fields: ['endsOn'] })
    expect(await createMeasure(prisma, secretariat, measureInput({ grantYearId: year.id, budget: 'mange penger' }))).toMatchObject({ ok: false, error: 'budget' })
    expect(await createMeasure(prisma, secretariat, measureInput({ budget: '1000' }))).toMatchObject({ ok: false, error: 'budgetNeedsYear' })
    expect(await createMeasure(prisma, secretariat, measureInput({ unitIds: [schoolId, sunnmoreUnit] }))).toMatchObject({ ok: false, error: 'unknownUnit' })
    expect(await createMeasure(prisma, secretariat, measureInput({ facilitatorIds: [principalUser] }))).toMatchObject({ ok: false, error: 'notFacilitator' })
    expect(await createMeasure(prisma, secretariat, measureInput({ universityId: '' }))).toMatchObject({ ok: false, error: 'facilitatorNeedsUniversity' })
    expect(await createMeasure(prisma, secretariat, measureInput({ decisionId: sunnmoreDecision.id }))).toMatchObject({ ok: false, error: 'unknownDecision' })
    expect(await createMeasure(prisma, secretariat, measureInput({ partnershipId: sunnmore.id, unitIds: [] }))).toEqual({ ok: false, error: 'notFound' })
    for (const person of [demoPeople.countyGovernorNordland, demoPeople.principal, demoPeople.universityPartner, demoPeople.forumMemberSalten]) {
      expect(await createMeasure(prisma, await actorFor(person.email), measureInput())).toEqual({ ok: false, error: 'forbidden' })
    }
    expect(await counts()).toEqual(before)
  })

  it('an update replaces units and facilitators; another partnership cannot touch it', async () => {
    const created = await createMeasure(prisma, secretariat, measureInput({ title: 'Overganger barnehage–skole' }))
    const id = created.ok ? created.id : ''
    const before = await audits('measure.update')
    const sunnmoreSecretariat = await actorFor(demoPeople.secretariatSunnmore.email)
    expect(await updateMeasure(prisma, sunnmoreSecretariat, { ...measureInput(), measureId: id, title: 'Kapret' })).toEqual({ ok: false, error: 'notFound' })
    const result = await updateMeasure(prisma, secretariat, { ...measureInput(), measureId: id, title: 'Overganger', themes: 'TRANSITIONS', unitIds: [kindergartenId], facilitatorIds: [] })
    expect(result).toMatchObject({ ok: true, done: 'measureUpdated' })
    const m = await prisma.measure.findUniqueOrThrow({ where: { id }, include: { units: true, facilitators: true } })
    expect(m).toMatchObject({ title: 'Overganger', themes: ['TRANSITIONS'] })
    expect(m.units.map((u) => u.unitId)).toEqual([kindergartenId])
    expect(m.facilitators).toEqual([])
    expect(await audits('measure.update')).toBe(before + 1)
  })

  it('lists with filters and the theme × sector goal overview; spending only with read:funding', async () => {
    const list = await getMeasures(prisma, await actorFor(demoPeople.countyGovernorNordland.email), { theme: 'READING' }, { page: 1, pageSize: 1000 })
    expect(list.measures.length).toBeGreaterThan(0)
    expect(list.total).toBe(list.measures.length)
    // A page at a time, the count the same whatever the page.
    const first = await getMeasures(prisma, await actorFor(demoPeople.countyGovernorNordland.email), { theme: 'READING' }, { page: 1, pageSize: 1 })
    expect(first.measures).toHaveLength(1)
    expect(first.total).toBe(list.total)
    expect(list.measures.every((m) => m.themes.includes('READING') && m.partnershipName.startsWith('Salten'))).toBe(true)
    expect(list.overview.find((c) => c.theme === 'READING' && c.sectorGoal === 'BASIC_SKILLS')!.measures).toBe(list.measures.filter((m) => m.sectorGoals.includes('BASIC_SKILLS')).length)
    expect(list.forms).toEqual([])
    expect((await getMeasures(prisma, secretariat, {})).forms.map((f) => f.partnershipId)).toEqual([salten.id])

    const spent = await prisma.spending.findFirstOrThrow({ where: { partnershipId: salten.id, measureId: { not: null } } })
    const bySecretariat = await getMeasure(prisma, secretariat, spent.measureId!)
    expect(bySecretariat!.spending!.rows.length).toBeGreaterThan(0)
    expect(bySecretariat!.form).not.toBeNull()
    const byPrincipal = await getMeasure(prisma, principal, spent.measureId!)
    expect(byPrincipal).toMatchObject({ spending: null, form: null })
    // The principal reads the visits to their own school linked to the measure, and no others.
    expect(byPrincipal!.visits.length).toBeGreaterThan(0)
    const school = await prisma.unit.findUniqueOrThrow({ where: { id: schoolId } })
    expect(byPrincipal!.visits.every((v) => v.unitName === school.name)).toBe(true)
    expect((await getMeasure(prisma, await actorFor(demoPeople.forumMemberSalten.email), spent.measureId!))!.visits).toEqual([])
    expect(await getMeasure(prisma, await actorFor(demoPeople.secretariatSunnmore.email), spent.measureId!)).toBeNull()
  })
})

describe('development plans', () => {
  it('a principal creates and writes their own unit plan; never another unit', async () => {
    const before = await audits('plan.create')
    const created = await createPlan(prisma, principal, { target: `unit:${schoolId}`, title: 'Vår vei videre', startsOn: '2026-08-01', endsOn: '2028-06-30' })
    expect(created).toMatchObject({ ok: true, done: 'planCreated' })
    const planId = created.ok ? created.id : ''
    expect(await prisma.developmentPlan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject({ unitId: schoolId, partnershipId: salten.id })
    expect(await audits('plan.create')).toBe(before + 1)
    expect(await createPlan(prisma, principal, { target: `unit:${kindergartenId}`, title: 'Ikke min', startsOn: '2026-08-01' })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await createPlan(prisma, principal, { target: `partnership:${salten.id}`, title: 'Ikke min', startsOn: '2026-08-01' })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await createPlan(prisma, principal, { target: `unit:${schoolId}`, title: 'Baklengs', startsOn: '2026-08-01', endsOn: '2026-01-01' })).toMatchObject({ ok: false, error: 'periodOrder' })
    // A day that does not exist is refused on its field, never rolled over to 2 March.
    expect(await createPlan(prisma, principal, { target: `unit:${schoolId}`, title: 'Umulig dag', startsOn: '2026-02-30' })).toEqual({ ok: false, error: 'invalid', fields: ['startsOn'], problems: expect.any(Object) as object })

    const level = { planId, level: 'UNIT', signsOfPractice: 'Elevene leser mer.', pictureOfFuture: 'Alle leser.', methods: 'PLF hver uke.' }
    expect(await savePlanLevel(prisma, principal, level)).toMatchObject({ ok: true, done: 'levelSaved' })
    expect(await savePlanLevel(prisma, principal, { ...level, methods: 'PLF hver onsdag.' })).toMatchObject({ ok: true })
    expect(await prisma.planLevel.findMany({ where: { planId } })).toMatchObject([{ level: 'UNIT', methods: 'PLF hver onsdag.' }])
    expect(await savePlanLevel(prisma, principal, { ...level, methods: '' })).toEqual({ ok: false, error: 'invalid', fields: ['methods'], problems: expect.any(Object) as object })

    // The kindergarten head neither reads nor writes the school's plan.
    expect(await getPlan(prisma, head, planId)).toBeNull()
    expect((await getPlans(prisma, head)).plans.some((p) => p.id === planId)).toBe(false)
    expect(await savePlanLevel(prisma, head, level)).toEqual({ ok: false, error: 'notFound' })
    // The owner reads its school's plan; the principal reads the partnership plan but cannot write it.
    expect(await getPlan(prisma, await actorFor(demoPeople.schoolOwnerBodo.email), planId)).not.toBeNull()
    const partnershipPlan = await prisma.developmentPlan.findFirstOrThrow({ where: { partnershipId: salten.id, unitId: null } })
    expect(await getPlan(prisma, principal, partnershipPlan.id)).toMatchObject({ canWrite: false })
    expect(await savePlanLevel(prisma, principal, { ...level, planId: partnershipPlan.id })).toEqual({ ok: false, error: 'notFound' })
  })

  it('the secretariat writes the partnership plan but not a unit plan', async () => {
    const schoolPlan = await createDevelopmentPlan(prisma, { partnershipId: salten.id, unitId: schoolId })
    const level = { level: 'LEADER_NETWORK', signsOfPractice: 'Lederne leder.', pictureOfFuture: 'Et ledernettverk.', methods: 'Samlinger.' }
    const count = await prisma.planLevel.count()
    expect(await savePlanLevel(prisma, secretariat, { ...level, planId: schoolPlan.id })).toEqual({ ok: false, error: 'notFound' })
    expect(await addPlanReview(prisma, secretariat, { planId: schoolPlan.id, level: 'UNIT', reviewedOn: '2026-01-10', stage: 'STARTED', note: 'Ikke vår plan' })).toEqual({ ok: false, error: 'notFound' })
    expect(await createPlan(prisma, secretariat, { target: `unit:${schoolId}`, title: 'Skolens plan', startsOn: '2026-08-01' })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await prisma.planLevel.count()).toBe(count)
    const created = await createPlan(prisma, secretariat, { target: `partnership:${salten.id}`, title: 'Neste periode', startsOn: '2027-08-01' })
    expect(created).toMatchObject({ ok: true })
    expect(await savePlanLevel(prisma, secretariat, { ...level, planId: created.ok ? created.id : '' })).toMatchObject({ ok: true })
  })

  it('reviews make a track, oldest first; never in the future; the database refuses to change one', async () => {
    const plan = await createDevelopmentPlan(prisma, { partnershipId: salten.id, unitId: schoolId })
    const before = await audits('plan.review.add')
    for (const [reviewedOn, stage] of [['2026-06-01', 'ESTABLISHED'], ['2025-12-01', 'STARTED']] as const) {
      expect(await addPlanReview(prisma, principal, { planId: plan.id, level: 'UNIT', reviewedOn, stage, note: `Vurdering ${reviewedOn}` })).toMatchObject({ ok: true, done: 'reviewAdded' })
    }
    expect(await audits('plan.review.add')).toBe(before + 2)
    expect(await addPlanReview(prisma, principal, { planId: plan.id, level: 'UNIT', reviewedOn: '2999-01-01', stage: 'EMBEDDED', note: 'Fremtiden' })).toMatchObject({ ok: false, error: 'futureDate' })
    expect(await addPlanReview(prisma, principal, { planId: plan.id, level: 'UNIT', reviewedOn: '2026-01-01', stage: 'FERDIG', note: '' })).toEqual({ ok: false, error: 'invalid', fields: ['stage', 'note'], problems: expect.any(Object) as object })
    // An impossible day, or one from before the scheme's years, is a field error (never rolled over or kept).
    for (const reviewedOn of ['2026-02-30', '0000-00-00', '0001-01-01', '1899-12-31', '2026-13-45']) {
      expect(await addPlanReview(prisma, principal, { planId: plan.id, level: 'UNIT', reviewedOn, stage: 'STARTED', note: 'Umulig dag' }), reviewedOn).toEqual({ ok: false, error: 'invalid', fields: ['reviewedOn'], problems: expect.any(Object) as object })
    }
    const detail = await getPlan(prisma, principal, plan.id)
    expect(detail!.levels.find((l) => l.level === 'UNIT')!.reviews.map((r) => r.stage)).toEqual(['STARTED', 'ESTABLISHED'])
    const review = await prisma.planReview.findFirstOrThrow({ where: { planId: plan.id } })
    await expect(prisma.planReview.update({ where: { id: review.id }, data: { note: 'Omskrevet' } })).rejects.toThrow(/PlanReview_fixed|not changed/)
  })
})

describe('UH visits', () => {
  it('the UH partner logs a visit at a unit it serves; the unit and its owner read the notes, other units do not', async () => {
    const measure = await prisma.measure.findFirstOrThrow({ where: { partnershipId: salten.id } })
    const before = await audits('visit.log')
    const notes = 'Observasjon i 3. trinn; neste gang: lesestrategier i samfunnsfag.'
    const result = await logVisit(prisma, uh, { unitId: schoolId, kind: 'SUPERVISION', visitedOn: '2026-10-01', hours: '1', minutes: '30', notes, measureId: measure.id })
    expect(result).toMatchObject({ ok: true, done: 'visitLogged' })
    expect(await prisma.uhVisit.findUniqueOrThrow({ where: { id: result.ok ? result.id : '' } })).toMatchObject({ durationMinutes: 90, universityId: nordId, partnershipId: salten.id, measureId: measure.id, createdById: ola.id })
    expect(await audits('visit.log')).toBe(before + 1)

    expect((await getVisits(prisma, principal)).visits.some((v) => v.notes === notes)).toBe(true)
    expect((await getVisits(prisma, await actorFor(demoPeople.schoolOwnerBodo.email))).visits.some((v) => v.notes === notes)).toBe(true)
    expect((await getVisits(prisma, head)).visits.some((v) => v.notes === notes)).toBe(false)
    expect((await getVisits(prisma, principal)).form).toBeNull()
    await expect(getVisits(prisma, secretariat)).rejects.toThrow()
  })

  it('refuses units it does not serve, bad durations, future dates and foreign or unagreed orders and measures', async () => {
    const count = await prisma.uhVisit.count()
    const good = { unitId: schoolId, kind: 'VISIT', visitedOn: '2026-10-01', hours: '2', minutes: '', notes: 'Besøk på skolen.' }
    expect(await logVisit(prisma, uh, { ...good, unitId: sunnmoreUnit })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await logVisit(prisma, uh, { ...good, hours: '0', minutes: '0' })).toMatchObject({ ok: false, error: 'duration' })
    expect(await logVisit(prisma, uh, { ...good, hours: '24', minutes: '1' })).toMatchObject({ ok: false, error: 'duration' })
    expect(await logVisit(prisma, uh, { ...good, hours: '25' })).toMatchObject({ ok: false, error: 'invalid', fields: ['hours'] })
    expect(await logVisit(prisma, uh, { ...good, visitedOn: '2999-01-01' })).toMatchObject({ ok: false, error: 'futureDate' })
    for (const visitedOn of ['2026-02-30', '0000-01-01', '1899-12-31']) expect(await logVisit(prisma, uh, { ...good, visitedOn }), visitedOn).toEqual({ ok: false, error: 'invalid', fields: ['visitedOn'], problems: expect.any(Object) as object })
    const sunnmoreMeasure = await prisma.measure.findFirstOrThrow({ where: { partnershipId: sunnmore.id } })
    expect(await logVisit(prisma, uh, { ...good, measureId: sunnmoreMeasure.id })).toMatchObject({ ok: false, error: 'unknownMeasure' })
    const order = (status: 'SENT' | 'AGREED') =>
      prisma.uhOrder.create({
        data: {
          partnershipId: salten.id, universityId: nordId, year: 2026, title: `Bestilling ${status}`, description: 'Veiledning i lesing', themes: ['READING'],
          startsOn: new Date('2026-08-01'), endsOn: new Date('2027-06-30'), hoursRequested: 40, status, sentAt: new Date(),
          ...(status === 'AGREED' ? { offerText: 'Vi tilbyr 40 timer', offerHours: 40, offeredAt: new Date(), agreedAt: new Date() } : {}),
        },
      })
    const sent = await order('SENT')
    expect(await logVisit(prisma, uh, { ...good, orderId: sent.id })).toMatchObject({ ok: false, error: 'unknownOrder' })
    for (const person of [demoPeople.principal, demoPeople.schoolOwnerBodo, demoPeople.secretariatSalten]) {
      expect(await logVisit(prisma, await actorFor(person.email), good)).toEqual({ ok: false, error: 'forbidden' })
    }
    expect(await prisma.uhVisit.count()).toBe(count)
    const agreed = await order('AGREED')
    // Only agreed orders are offered (the demo has agreed orders of its own).
    const offered = (await getVisits(prisma, uh)).form!.orders.map((o) => o.id)
    expect(offered).toContain(agreed.id)
    expect(offered).not.toContain(sent.id)
    expect(await prisma.uhOrder.count({ where: { id: { in: offered }, status: { not: 'AGREED' } } })).toBe(0)
    expect(await logVisit(prisma, uh, { ...good, orderId: agreed.id })).toMatchObject({ ok: true })
  })
})

describe('dashboard piece', () => {
  it('gives each kind of person their own view, and null to someone with nothing here', async () => {
    const forPrincipal = (await getMeasuresDashboard(prisma, principal))!
    expect(forPrincipal.plans.length).toBeGreaterThan(0)
    expect(forPrincipal.plans.some((p) => p.latest.length > 0)).toBe(true)
    expect(forPrincipal.measures.length).toBeGreaterThan(0)
    expect(forPrincipal.visits.length).toBeGreaterThan(0)
    expect(forPrincipal.overview).toBeNull()

    const forUh = (await getMeasuresDashboard(prisma, uh))!
    expect(forUh.servedUnits).toBeGreaterThan(0)
    expect(forUh.visits.every((v) => v.visitedOn >= termStart())).toBe(true)

    const forGovernor = (await getMeasuresDashboard(prisma, await actorFor(demoPeople.countyGovernorNordland.email)))!
    expect(forGovernor.overview!.length).toBeGreaterThan(0)
    expect(forGovernor.plans).toEqual([])

    const forOwner = (await getMeasuresDashboard(prisma, await actorFor(demoPeople.schoolOwnerBodo.email)))!
    expect(forOwner.plans.length).toBeGreaterThan(0)

    const nobody = await createUser(prisma)
    expect(await getMeasuresDashboard(prisma, (await loadActor(prisma, nobody.id))!)).toBeNull()
  })

  it('starts the term on 1 August in the autumn and 1 January in the spring', () => {
    expect(termStart(new Date('2026-11-23T12:00:00Z')).toISOString().slice(0, 10)).toBe('2026-08-01')
    expect(termStart(new Date('2026-03-01T12:00:00Z')).toISOString().slice(0, 10)).toBe('2026-01-01')
  })
})
