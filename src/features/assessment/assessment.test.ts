import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createSelfAssessment, createStatementSet } from '~tests/factories/assessment'
import { createUser } from '~tests/factories'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { addStatement } from './add-statement'
import { createStatementSet as createSet } from './create-statement-set'
import { getAssessmentDashboard } from './dashboard'
import { getAssessment, getAssessmentOverview, getStatementSets } from './queries'
import { revokeAssessmentShare } from './revoke-assessment-share'
import { saveAssessmentText } from './save-assessment-text'
import { savePriorities } from './save-priorities'
import { saveRatings } from './save-ratings'
import { setAssessmentPhase } from './set-assessment-phase'
import { shareAssessment } from './share-assessment'
import { startAssessment } from './start-assessment'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const audits = (action: string, entityId?: string) => prisma.auditLog.count({ where: { action, ...(entityId ? { entityId } : {}) } })

let principal: Actor
let owner: Actor
let otherPrincipal: Actor
let secretariat: Actor
let secretariatSunnmore: Actor
let school: { id: string; ownerId: string }
let salten: string
let sunnmore: string
let year = 2090

beforeAll(async () => {
  principal = await actorFor(demoPeople.principal.email)
  owner = await actorFor(demoPeople.schoolOwnerBodo.email)
  secretariat = await actorFor(demoPeople.secretariatSalten.email)
  secretariatSunnmore = await actorFor(demoPeople.secretariatSunnmore.email)
  salten = (await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })).id
  sunnmore = (await prisma.partnership.findUniqueOrThrow({ where: { slug: 'nordre-sunnmore' } })).id
  const unitId = principal.memberships.find((m) => m.unitId)!.unitId!
  school = await prisma.unit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, ownerId: true } })
  // A principal of another school of the same owner: same tenant, same owner, other unit.
  const neighbour = await prisma.unit.findFirstOrThrow({ where: { ownerId: school.ownerId, kind: 'SCHOOL', id: { not: school.id } } })
  const user = await createUser(prisma, { name: 'Rektor Nabo', email: `nabo.${crypto.randomUUID()}@skole.no` })
  await prisma.membership.create({ data: { userId: user.id, role: 'PRINCIPAL', unitId: neighbour.id } })
  otherPrincipal = (await loadActor(prisma, user.id))!
})

async function started(phase?: 'DATA' | 'RATING' | 'PRIORITISING' | 'COMPLETED') {
  const result = await startAssessment(prisma, principal, { unitId: school.id, year: String(year++) })
  if (!result.ok) throw new Error(result.error)
  if (phase) await prisma.selfAssessment.update({ where: { id: result.id }, data: { phase } })
  return result.id
}

const statementsOf = async (assessmentId: string) => {
  const a = await prisma.selfAssessment.findUniqueOrThrow({ where: { id: assessmentId } })
  return prisma.statement.findMany({ where: { setId: a.statementSetId }, orderBy: { position: 'asc' } })
}

describe('statement sets', () => {
  it('the secretariat creates a set and appends statements, with audit rows', async () => {
    const created = await createSet(prisma, secretariat, { partnershipId: salten, name: 'Ståsted for ungdomsskolen', unitKind: 'SCHOOL' })
    expect(created).toMatchObject({ ok: true, done: 'setCreated' })
    const setId = (created as { id: string }).id
    expect(await addStatement(prisma, secretariat, { setId, area: 'Ledelse', text: 'Ledelsen følger opp det vi blir enige om.' })).toMatchObject({ ok: true })
    expect(await addStatement(prisma, secretariat, { setId, area: 'Vurdering', text: 'Elevene vet hva som er godt arbeid.' })).toMatchObject({ ok: true })
    expect((await prisma.statement.findMany({ where: { setId }, orderBy: { position: 'asc' } })).map((s) => [s.position, s.area])).toEqual([[1, 'Ledelse'], [2, 'Vurdering']])
    expect(await audits('statement_set.create', setId)).toBe(1)
    expect(await audits('statement.add')).toBeGreaterThanOrEqual(2)
    const { sets } = await getStatementSets(prisma, secretariat)
    expect(sets.some((s) => s.id === setId)).toBe(true)
    expect(sets.every((s) => s.partnershipId === salten)).toBe(true)
    // Out of the way of the starts below, which expect one fitting set.
    await prisma.statementSet.update({ where: { id: setId }, data: { active: false } })
  })

  it("refuses bad input, a duplicate name, another partnership and people who do not keep the sets", async () => {
    const before = await prisma.statementSet.count()
    expect(await createSet(prisma, secretariat, { partnershipId: salten, name: 'x', unitKind: 'SKOLE' })).toEqual({ ok: false, error: 'invalid', fields: ['name', 'unitKind'], problems: expect.any(Object) as object })
    expect(await createSet(prisma, secretariat, { partnershipId: salten, name: 'Skolens ståsted – Salten', unitKind: 'SCHOOL' })).toMatchObject({ ok: false, error: 'duplicateName' })
    expect(await createSet(prisma, secretariat, { partnershipId: sunnmore, name: 'Fremmed sett', unitKind: 'SCHOOL' })).toEqual({ ok: false, error: 'notFound' })
    expect(await createSet(prisma, principal, { partnershipId: salten, name: 'Rektors sett', unitKind: 'SCHOOL' })).toEqual({ ok: false, error: 'forbidden' })
    expect(await prisma.statementSet.count()).toBe(before)
    const foreign = await prisma.statementSet.findFirstOrThrow({ where: { partnershipId: sunnmore } })
    expect(await addStatement(prisma, secretariat, { setId: foreign.id, area: 'Ledelse', text: 'Ikke vårt sett å endre.' })).toEqual({ ok: false, error: 'notFound' })
    expect(await addStatement(prisma, secretariatSunnmore, { setId: foreign.id, area: 'L', text: 'kort' })).toEqual({ ok: false, error: 'invalid', fields: ['area', 'text'], problems: expect.any(Object) as object })
  })
})

describe('starting an analysis', () => {
  it('starts one for the own unit with the only fitting set, once per year', async () => {
    const result = await startAssessment(prisma, principal, { unitId: school.id, year: '2089' })
    expect(result).toMatchObject({ ok: true, done: 'started' })
    const a = await prisma.selfAssessment.findUniqueOrThrow({ where: { id: (result as { id: string }).id }, include: { statementSet: true } })
    expect(a).toMatchObject({ phase: 'PLANNING', partnershipId: salten, sharedAt: null })
    expect(a.statementSet.unitKind).toBe('SCHOOL')
    expect(await audits('assessment.start', a.id)).toBe(1)
    expect(await startAssessment(prisma, principal, { unitId: school.id, year: '2089' })).toMatchObject({ ok: false, error: 'duplicate', fields: ['year'] })
    expect(await prisma.selfAssessment.count({ where: { unitId: school.id, year: 2089 } })).toBe(1)
  })

  it('asks for a choice when several sets fit, and refuses a set of the wrong kind or another unit', async () => {
    const extra = await createStatementSet(prisma, { partnershipId: salten, unitKind: 'SCHOOL' })
    expect(await startAssessment(prisma, principal, { unitId: school.id, year: '2088' })).toMatchObject({ ok: false, error: 'chooseSet', fields: ['statementSetId'] })
    const kindergartenSet = await prisma.statementSet.findFirstOrThrow({ where: { partnershipId: salten, unitKind: 'KINDERGARTEN' } })
    expect(await startAssessment(prisma, principal, { unitId: school.id, year: '2088', statementSetId: kindergartenSet.id })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await startAssessment(prisma, principal, { unitId: school.id, year: '2088', statementSetId: extra.set.id })).toMatchObject({ ok: true })
    await prisma.statementSet.update({ where: { id: extra.set.id }, data: { active: false } })
    expect(await startAssessment(prisma, otherPrincipal, { unitId: school.id, year: '2087' })).toEqual({ ok: false, error: 'notFound' })
    expect(await startAssessment(prisma, owner, { unitId: school.id, year: '2087' })).toEqual({ ok: false, error: 'forbidden' })
    expect(await startAssessment(prisma, principal, { unitId: school.id, year: '1999' })).toMatchObject({ ok: false, error: 'invalid', fields: ['year'] })
  })
})

describe('reading and sharing', () => {
  it('the owner sees an analysis only while it is shared; another principal never', async () => {
    const id = await started()
    expect(await getAssessment(prisma, principal, id)).toMatchObject({ id, canEdit: true })
    expect(await getAssessment(prisma, otherPrincipal, id)).toBeNull()
    expect(await getAssessment(prisma, owner, id)).toBeNull()
    expect((await getAssessmentOverview(prisma, owner)).assessments.some((a) => a.id === id)).toBe(false)
    await expect(getAssessment(prisma, secretariat, id)).rejects.toThrow(/read:assessment/)

    expect(await shareAssessment(prisma, otherPrincipal, { assessmentId: id })).toEqual({ ok: false, error: 'notFound' })
    expect(await shareAssessment(prisma, principal, { assessmentId: id })).toMatchObject({ ok: true, done: 'shared' })
    expect(await shareAssessment(prisma, principal, { assessmentId: id })).toEqual({ ok: false, error: 'alreadyShared' })
    expect(await getAssessment(prisma, owner, id)).toMatchObject({ id, canEdit: false })
    expect((await getAssessmentOverview(prisma, owner)).assessments.some((a) => a.id === id)).toBe(true)
    expect(await getAssessment(prisma, otherPrincipal, id)).toBeNull()
    // The owner reads, never writes.
    expect(await saveAssessmentText(prisma, owner, { assessmentId: id, field: 'processPlan', text: 'Eierens plan' })).toEqual({ ok: false, error: 'forbidden' })

    expect(await revokeAssessmentShare(prisma, principal, { assessmentId: id })).toMatchObject({ ok: true, done: 'shareRevoked' })
    expect(await revokeAssessmentShare(prisma, principal, { assessmentId: id })).toEqual({ ok: false, error: 'notShared' })
    expect(await getAssessment(prisma, owner, id)).toBeNull()
    expect(await audits('assessment.share', id)).toBe(1)
    expect(await audits('assessment.unshare', id)).toBe(1)
  })

  it('the dashboard: the principal their unit\'s latest analysis, the owner its units with a shared one', async () => {
    const mine = await getAssessmentDashboard(prisma, principal)
    expect(mine?.own[0]?.unitId).toBe(school.id)
    expect(mine?.own[0]?.current).not.toBeNull()
    const owners = await getAssessmentDashboard(prisma, owner)
    expect(owners?.shared.length).toBeGreaterThan(0)
    const shared = await prisma.selfAssessment.findMany({ where: { id: { in: owners!.shared.map((s) => s.id) } } })
    expect(shared.every((s) => s.sharedAt !== null)).toBe(true)
    expect(await getAssessmentDashboard(prisma, secretariat)).toBeNull()
  })
})

describe('phases and content', () => {
  it('writes the texts, counts and priorities in their phases and computes the results', async () => {
    const id = await started()
    expect(await saveAssessmentText(prisma, principal, { assessmentId: id, field: 'processPlan', text: 'Fellestid hver onsdag i september.' })).toMatchObject({ ok: true })
    expect(await saveAssessmentText(prisma, principal, { assessmentId: id, field: 'unitData', text: 'Data fra Elevundersøkelsen.' })).toEqual({ ok: false, error: 'wrongPhase' })
    expect(await setAssessmentPhase(prisma, principal, { assessmentId: id, phase: 'RATING' })).toEqual({ ok: false, error: 'phaseStep' })
    expect(await setAssessmentPhase(prisma, principal, { assessmentId: id, phase: 'DATA' })).toMatchObject({ ok: true })
    expect(await saveAssessmentText(prisma, principal, { assessmentId: id, field: 'unitData', text: 'Data fra Elevundersøkelsen.' })).toMatchObject({ ok: true })
    const [s1, s2] = await statementsOf(id)
    expect(await saveRatings(prisma, principal, { assessmentId: id, ratings: { [s1!.id]: { small: '1', some: '1', large: '1', veryLarge: '1' } } })).toEqual({ ok: false, error: 'wrongPhase' })
    await setAssessmentPhase(prisma, principal, { assessmentId: id, phase: 'RATING' })
    expect(await saveRatings(prisma, principal, { assessmentId: id, ratings: { [s1!.id]: { small: '1', some: '1', large: '1', veryLarge: '1' }, [s2!.id]: { small: '', some: '0', large: '0', veryLarge: '3' } } })).toMatchObject({ ok: true, done: 'ratingsSaved' })
    const detail = (await getAssessment(prisma, principal, id))!
    expect(detail.statements.slice(0, 2).map((s) => s.mean)).toEqual([2.5, 4])
    expect(detail.processPlan).toBe('Fellestid hver onsdag i september.')

    await setAssessmentPhase(prisma, principal, { assessmentId: id, phase: 'PRIORITISING' })
    expect(await setAssessmentPhase(prisma, principal, { assessmentId: id, phase: 'COMPLETED' })).toEqual({ ok: false, error: 'noPriorities' })
    const priorities = [
      { theme: 'READING', title: 'Lesing i alle fag', goal: 'Alle bruker lesestrategier hver uke.' },
      { theme: 'PLC', title: 'Kollegaobservasjon', goal: 'Alle observerer hverandre to ganger.' },
    ]
    expect(await savePriorities(prisma, principal, { assessmentId: id, priorities })).toMatchObject({ ok: true })
    // Saving again replaces the list.
    expect(await savePriorities(prisma, principal, { assessmentId: id, priorities: priorities.slice(1) })).toMatchObject({ ok: true })
    expect((await prisma.assessmentPriority.findMany({ where: { assessmentId: id } })).map((p) => [p.position, p.title])).toEqual([[1, 'Kollegaobservasjon']])
    expect(await setAssessmentPhase(prisma, principal, { assessmentId: id, phase: 'COMPLETED' })).toMatchObject({ ok: true })

    // Completed is read-only until moved back.
    expect(await saveAssessmentText(prisma, principal, { assessmentId: id, field: 'processPlan', text: 'Endret plan' })).toEqual({ ok: false, error: 'completed' })
    expect(await savePriorities(prisma, principal, { assessmentId: id, priorities })).toEqual({ ok: false, error: 'completed' })
    expect(await saveRatings(prisma, principal, { assessmentId: id, ratings: { [s1!.id]: { small: '0', some: '0', large: '0', veryLarge: '9' } } })).toEqual({ ok: false, error: 'completed' })
    expect(await setAssessmentPhase(prisma, principal, { assessmentId: id, phase: 'PRIORITISING' })).toMatchObject({ ok: true })
    expect(await saveAssessmentText(prisma, principal, { assessmentId: id, field: 'processPlan', text: 'Endret plan' })).toMatchObject({ ok: true })
    expect(await audits('assessment.phase', id)).toBe(5)
    expect(await audits('assessment.ratings', id)).toBe(1)
    expect(await audits('assessment.priorities', id)).toBe(2)
  })

  it('saves no count when any field is bad: negative, letters, over 999, or an unknown statement', async () => {
    const id = await started('RATING')
    const [s1, s2] = await statementsOf(id)
    const good = { small: '1', some: '2', large: '3', veryLarge: '4' }
    const cases: [Record<string, Record<string, string>>, object][] = [
      [{ [s1!.id]: good, [s2!.id]: { ...good, small: '-1' } }, { ok: false, error: 'invalid', fields: [`small.${s2!.id}`] }],
      [{ [s1!.id]: { ...good, some: 'tre' }, [s2!.id]: { ...good, large: '2.5' } }, { ok: false, error: 'invalid', fields: [`some.${s1!.id}`, `large.${s2!.id}`] }],
      [{ [s1!.id]: { ...good, veryLarge: '1000' } }, { ok: false, error: 'invalid', fields: [`veryLarge.${s1!.id}`] }],
      [{ [s1!.id]: good, [crypto.randomUUID()]: good }, { ok: false, error: 'unknownStatement' }],
    ]
    for (const [ratings, expected] of cases) expect(await saveRatings(prisma, principal, { assessmentId: id, ratings })).toMatchObject(expected)
    // A statement of another set (same partnership) is unknown here too.
    const other = await createStatementSet(prisma, { partnershipId: salten, active: false })
    expect(await saveRatings(prisma, principal, { assessmentId: id, ratings: { [other.statements[0]!.id]: good } })).toEqual({ ok: false, error: 'unknownStatement' })
    expect(await prisma.assessmentRating.count({ where: { assessmentId: id } })).toBe(0)
    expect(await audits('assessment.ratings', id)).toBe(0)
    expect(await saveRatings(prisma, otherPrincipal, { assessmentId: id, ratings: { [s1!.id]: good } })).toEqual({ ok: false, error: 'notFound' })
  })

  it('refuses six priorities, none, and bad rows, keeping the old list', async () => {
    const id = await started('PRIORITISING')
    const row = { theme: 'ICT', title: 'Digitale ferdigheter', goal: 'Elevene bruker digitale verktøy kritisk.' }
    await savePriorities(prisma, principal, { assessmentId: id, priorities: [row] })
    expect(await savePriorities(prisma, principal, { assessmentId: id, priorities: Array(6).fill(row) })).toEqual({ ok: false, error: 'tooManyPriorities', values: { max: '5' } })
    expect(await savePriorities(prisma, principal, { assessmentId: id, priorities: [] })).toEqual({ ok: false, error: 'noPriorities' })
    expect(await savePriorities(prisma, principal, { assessmentId: id, priorities: [row, { theme: 'KONGEN', title: 'ab', goal: row.goal }] })).toEqual({ ok: false, error: 'invalid', fields: ['theme.2', 'title.2'], problems: { 'theme.2': { key: 'choose' }, 'title.2': { key: 'tooShort', values: { minimum: 3 } } } })
    expect(await prisma.assessmentPriority.count({ where: { assessmentId: id } })).toBe(1)
  })

  it('refuses a foreign unit and bad ids', async () => {
    const sunnmoreSet = await prisma.statementSet.findFirstOrThrow({ where: { partnershipId: sunnmore, unitKind: 'SCHOOL' } })
    const sunnmoreUnit = await prisma.unit.findFirstOrThrow({ where: { owner: { partnershipOwners: { some: { partnershipId: sunnmore } } }, kind: 'SCHOOL' } })
    const foreign = await createSelfAssessment(prisma, { partnershipId: sunnmore, unitId: sunnmoreUnit.id, statementSetId: sunnmoreSet.id, year: 2099, sharedAt: new Date() })
    expect(await shareAssessment(prisma, principal, { assessmentId: foreign.id })).toEqual({ ok: false, error: 'notFound' })
    expect(await setAssessmentPhase(prisma, principal, { assessmentId: foreign.id, phase: 'DATA' })).toEqual({ ok: false, error: 'notFound' })
    expect(await getAssessment(prisma, principal, foreign.id)).toBeNull()
    expect(await getAssessment(prisma, owner, foreign.id)).toBeNull()
    expect(await getAssessment(prisma, principal, 'ikke-en-id')).toBeNull()
    expect(await setAssessmentPhase(prisma, principal, { assessmentId: 'x', phase: 'LATER' })).toEqual({ ok: false, error: 'invalid', fields: ['assessmentId', 'phase'], problems: expect.any(Object) as object })
  })
})

describe('query count', () => {
  /** A client that counts the queries it sends, so the test can bound them. */
  function counting() {
    const counter = { queries: 0 }
    const client = prisma.$extends({
      query: {
        async $allOperations({ args, query }) {
          counter.queries += 1
          return (await query(args)) as unknown
        },
      },
    }) as unknown as typeof prisma
    return { client, counter }
  }

  it('the dashboard piece and the analysis page stay within a few queries for every demo person', async () => {
    const people = await prisma.user.findMany({ where: { memberships: { some: {} } }, orderBy: { email: 'asc' } })
    const dashboard: number[] = []
    for (const person of people) {
      const { client, counter } = counting()
      await getAssessmentDashboard(client, (await loadActor(prisma, person.id))!)
      dashboard.push(counter.queries)
    }
    const seeded = await prisma.selfAssessment.findFirstOrThrow({ where: { unitId: school.id }, orderBy: { year: 'asc' } })
    const page: number[] = []
    for (const actor of [principal, owner]) {
      const { client, counter } = counting()
      expect(await getAssessment(client, actor, seeded.id)).not.toBeNull()
      page.push(counter.queries)
    }
    console.info(`[assessment] queries: dashboard piece per person ${dashboard.join(',')}; analysis page (principal, owner) ${page.join(',')}`)
    // Two reads plus five statements for the tenant context (scoped ids: set_config, role,
    // select; the piece's own transaction: set_config, role); none without read:assessment.
    expect(Math.max(...dashboard)).toBeLessThanOrEqual(7)
    // The analysis with its ratings and priorities, the statements, the edit check, plus the five.
    expect(Math.max(...page)).toBeLessThanOrEqual(9)
  })
})
