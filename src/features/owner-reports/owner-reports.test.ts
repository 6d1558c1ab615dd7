import { beforeAll, describe, expect, it } from 'vitest'
import { createTranslator } from 'next-intl'
import { pdfText } from '~tests/setup/pdf-text'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import nb from '../../../messages/nb.json'
import { renderTablesPdf } from '@/server/reports/pdf'
import { loadActor, type Actor } from '@/server/authz/actor'
import { createAward } from '@/features/funding/create-award'
import { openGrantYear } from '@/features/funding/open-grant-year'
import { recordSpending } from '@/features/funding/record-spending'
import { getOwnerReports } from './get-owner-reports'
import { ownerReportRows, ownerReportsSection } from './report-section'
import { saveOwnerReport } from './save-owner-report'
import { submitOwnerReport } from './submit-owner-report'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!

let governor: Actor
let owner: Actor
let uh: Actor
let salten: { id: string }
let bodo: { id: string }
let fauske: { id: string }
let nextYear = 2060

beforeAll(async () => {
  governor = await actorFor(demoPeople.countyGovernorNordland.email)
  owner = await actorFor(demoPeople.schoolOwnerBodo.email)
  uh = await actorFor(demoPeople.universityPartner.email)
  salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
  bodo = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1804' } } })
  fauske = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1841' } } })
})

/** A new Salten year with 100 000 kr to Bodø and a measure at one of Bodø's schools; the year's id and the measure's. */
async function year() {
  const opened = await openGrantYear(prisma, governor, { partnershipId: salten.id, year: String(nextYear++), stateAmount: '1 000 000' })
  if (!opened.ok) throw new Error(opened.error)
  await createAward(prisma, governor, { grantYearId: opened.id, recipientId: bodo.id, amount: '100 000', idempotencyKey: crypto.randomUUID() })
  const unit = await prisma.unit.findFirstOrThrow({ where: { ownerId: bodo.id } })
  const measure = await prisma.measure.create({ data: { partnershipId: salten.id, grantYearId: opened.id!, title: 'Lesing i alle fag', level: 'UNIT', units: { create: { partnershipId: salten.id, unitId: unit.id } } } })
  return { id: opened.id!, measureId: measure.id }
}

const draft = (id: string, measureId: string) => ({ grantYearId: id, ownerId: bodo.id, participation: 'Alle sju skolene, 140 lærere', progress: 'Lærerne planlegger lesing sammen', unusedComment: '', done: { [measureId]: 'Fire samlinger og arbeid i team' } })

describe("an owner's report", () => {
  it('is saved as a draft (again and again), then submitted with the money as it stood, and locked', async () => {
    const { id, measureId } = await year()
    expect(await recordSpending(prisma, owner, { grantYearId: id, recipientId: bodo.id, amount: '40 000', spentOn: '2026-05-01', description: 'Samlinger' })).toMatchObject({ ok: true })
    expect(await saveOwnerReport(prisma, owner, { ...draft(id, measureId), participation: 'Noen skoler' })).toMatchObject({ ok: true, done: 'saved' })
    expect(await saveOwnerReport(prisma, owner, draft(id, measureId))).toMatchObject({ ok: true, done: 'saved' })
    const page = (await getOwnerReports(prisma, owner, id))!
    expect(page.mine).toHaveLength(1)
    expect(page.mine[0]!.report).toMatchObject({ status: 'DRAFT', participation: 'Alle sju skolene, 140 lærere', measures: [{ id: measureId, done: 'Fire samlinger og arbeid i team' }] })
    expect(page.mine[0]!.figures).toMatchObject({ awardedOre: 10_000_000n, spentOre: 4_000_000n, remainingOre: 6_000_000n })
    expect(page.oversees).toBe(false)

    expect(await submitOwnerReport(prisma, owner, { grantYearId: id, ownerId: bodo.id })).toMatchObject({ ok: true, done: 'submitted' })
    const report = await prisma.ownerReport.findUniqueOrThrow({ where: { grantYearId_ownerId: { grantYearId: id, ownerId: bodo.id } } })
    expect(report).toMatchObject({ status: 'SUBMITTED', spentOre: 4_000_000n, coFinancedOre: 0n, unusedOre: 6_000_000n, submittedById: owner.userId })
    expect(await prisma.auditLog.count({ where: { entityId: report.id } })).toBe(3)

    expect(await saveOwnerReport(prisma, owner, draft(id, measureId))).toMatchObject({ ok: false, error: 'submitted' })
    expect(await submitOwnerReport(prisma, owner, { grantYearId: id, ownerId: bodo.id })).toMatchObject({ ok: false, error: 'submitted' })
    // The database's own wall, for the report and its lines.
    await expect(prisma.ownerReport.update({ where: { id: report.id }, data: { progress: 'Endret' } })).rejects.toThrow(/locked/)
    await expect(prisma.ownerReportMeasure.updateMany({ where: { reportId: report.id }, data: { done: 'Endret' } })).rejects.toThrow(/locked/)
    expect((await prisma.ownerReport.findUniqueOrThrow({ where: { id: report.id } })).progress).toBe('Lærerne planlegger lesing sammen')
  })

  it('is refused before a draft exists, when incomplete, for a measure not the owner’s, and for anyone but the owner', async () => {
    const { id, measureId } = await year()
    expect(await submitOwnerReport(prisma, owner, { grantYearId: id, ownerId: bodo.id })).toMatchObject({ ok: false, error: 'noDraft' })
    await saveOwnerReport(prisma, owner, { ...draft(id, measureId), progress: '' })
    expect(await submitOwnerReport(prisma, owner, { grantYearId: id, ownerId: bodo.id })).toMatchObject({ ok: false, error: 'incomplete', fields: ['progress'] })
    const other = await prisma.measure.create({ data: { partnershipId: salten.id, grantYearId: id, title: 'Ikke Bodøs', level: 'UNIT' } })
    expect(await saveOwnerReport(prisma, owner, { ...draft(id, measureId), done: { [other.id]: 'Noe' } })).toMatchObject({ ok: false, error: 'notMeasure', fields: [`done.${other.id}`] })
    expect(await saveOwnerReport(prisma, owner, { ...draft(id, measureId), ownerId: fauske.id })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await saveOwnerReport(prisma, governor, draft(id, measureId))).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await saveOwnerReport(prisma, uh, draft(id, measureId))).toMatchObject({ ok: false, error: 'notFound' })
    expect(await saveOwnerReport(prisma, owner, { ...draft(id, measureId), participation: 'x'.repeat(4001) })).toMatchObject({ ok: false, error: 'invalid', fields: ['participation'] })
  })

  it('the county governor sees who has reported and who has not, and reads the submitted reports', async () => {
    const { id, measureId } = await year()
    let page = (await getOwnerReports(prisma, governor, id))!
    expect(page.oversees).toBe(true)
    expect(page.mine).toEqual([])
    expect(page.owners.every((o) => o.status === 'MISSING')).toBe(true)
    await saveOwnerReport(prisma, owner, draft(id, measureId))
    await submitOwnerReport(prisma, owner, { grantYearId: id, ownerId: bodo.id })
    page = (await getOwnerReports(prisma, governor, id))!
    const of = (ownerId: string) => page.owners.find((o) => o.ownerId === ownerId)!
    expect(of(bodo.id)).toMatchObject({ status: 'SUBMITTED', report: { participation: 'Alle sju skolene, 140 lærere', measures: [{ title: 'Lesing i alle fag', done: 'Fire samlinger og arbeid i team' }] } })
    expect(of(fauske.id)).toMatchObject({ status: 'MISSING', report: null })
    // The owner does not see the others' status.
    expect((await getOwnerReports(prisma, owner, id))!.owners).toEqual([])
  })
})

describe("the owners' reports in the year's report", () => {
  it('lists every owner, a submitted report with its content and money, the rest by status only', async () => {
    const { id, measureId } = await year()
    await saveOwnerReport(prisma, owner, draft(id, measureId))
    await submitOwnerReport(prisma, owner, { grantYearId: id, ownerId: bodo.id })
    const rows = (await ownerReportRows(prisma, governor, id, null))!
    expect(rows.find((r) => r.ownerName === 'Bodø kommune')).toMatchObject({ status: 'SUBMITTED', measures: 'Lesing i alle fag: Fire samlinger og arbeid i team', participation: 'Alle sju skolene, 140 lærere', unusedOre: 10_000_000n })
    expect(rows.find((r) => r.ownerName === 'Fauske kommune')).toMatchObject({ status: 'MISSING', participation: '', spentOre: null })
    expect(await ownerReportRows(prisma, governor, id, fauske.id)).toHaveLength(1)

    const t = createTranslator({ locale: 'nb', messages: nb, namespace: 'OwnerReports' }) as unknown as (key: string) => string
    const section = ownerReportsSection(rows, t)
    expect(section.title).toBe('Skoleeiernes rapporter')
    expect(section.rows.find((r) => r[0] === 'Fauske kommune')?.[1]).toBe('Ikke påbegynt')
    const { all } = await pdfText(await renderTablesPdf({ title: 'Rapport', subject: 'Salten', generatedAt: new Date(), facts: [], sections: [section], layout: 'landscape' }, { summarySheet: 'Sammendrag', yes: 'Ja', no: 'Nei', none: 'Ingen', pageOf: (p, n) => `${p}/${n}` }, 'nb'))
    expect(all).toContain('Skoleeiernes rapporter')
    expect(all).toContain('Fire samlinger')
  })
})
