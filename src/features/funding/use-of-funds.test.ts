import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { closeGrantYear } from './close-grant-year'
import { createAward } from './create-award'
import { getFundingDashboard } from './dashboard'
import { openGrantYear } from './open-grant-year'
import { getFundingReport } from './get-funding-report'
import { getGrantYear } from './get-grant-year'
import { recordCoFinancing } from './record-co-financing'
import { recordSpending } from './record-spending'
import { removeFundingEntry } from './remove-funding-entry'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const counts = async () => [await prisma.coFinancing.count(), await prisma.spending.count(), await prisma.auditLog.count()]

let governor: Actor
let owner: Actor
let uh: Actor
let salten: { id: string }
let bodo: { id: string }
let fauske: { id: string }
let nord: { id: string }
let nextYear = 2080

beforeAll(async () => {
  governor = await actorFor(demoPeople.countyGovernorNordland.email)
  owner = await actorFor(demoPeople.schoolOwnerBodo.email)
  uh = await actorFor(demoPeople.universityPartner.email)
  salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
  bodo = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1804' } } })
  fauske = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1841' } } })
  nord = await prisma.organisation.findFirstOrThrow({ where: { kind: 'UNIVERSITY', shortName: 'Nord' } })
})

/** A new Salten year of 1 000 000 kr with awards of 100 000 kr to Bodø and to Nord universitet. */
async function yearWithAwards() {
  const opened = await openGrantYear(prisma, governor, { partnershipId: salten.id, year: String(nextYear++), stateAmount: '1 000 000' })
  if (!opened.ok) throw new Error(opened.error)
  for (const recipientId of [bodo.id, nord.id]) {
    const awarded = await createAward(prisma, governor, { grantYearId: opened.id, recipientId, amount: '100 000', idempotencyKey: crypto.randomUUID() })
    if (!awarded.ok) throw new Error(awarded.error)
  }
  return opened.id!
}

describe('co-financing', () => {
  it('records money and staff time for the owner, turns hours into kroner, audits each, and flags the owner below 30 %', async () => {
    const id = await yearWithAwards()
    const before = await counts()
    expect(await recordCoFinancing(prisma, owner, { grantYearId: id, ownerId: bodo.id, kind: 'MONEY', amount: '5 000', description: 'Kurs for ressurslærere' })).toMatchObject({ ok: true, done: 'coFinanced' })
    // 37,5 hours at 650 kr = 24 375 kr.
    expect(await recordCoFinancing(prisma, owner, { grantYearId: id, ownerId: bodo.id, kind: 'STAFF_TIME', hours: '37,5', hourlyRate: '650', description: 'Frikjøp av lærere' })).toMatchObject({ ok: true })
    const staff = await prisma.coFinancing.findFirstOrThrow({ where: { grantYearId: id, kind: 'STAFF_TIME' } })
    expect(staff).toMatchObject({ hoursCenti: 3750, hourlyRateOre: 65_000n, amountOre: 2_437_500n, createdById: owner.userId })
    expect(await counts()).toEqual([before[0]! + 2, before[1], before[2]! + 2])

    const detail = (await getGrantYear(prisma, owner, id))!
    const row = detail.figures.find((r) => r.recipientId === bodo.id)!
    // Required: 30 % of 100 000 kr = 30 000 kr; given 29 375 kr.
    expect(row).toMatchObject({ awardedOre: 10_000_000n, coFinancedOre: 2_937_500n, requiredCoFinancingOre: 3_000_000n, belowCoFinancing: true })
    expect(detail.figures.find((r) => r.recipientId === nord.id)).toMatchObject({ isOwner: false, belowCoFinancing: false })
    await recordCoFinancing(prisma, owner, { grantYearId: id, ownerId: bodo.id, kind: 'MONEY', amount: '625', description: 'Reise til samling' })
    expect((await getGrantYear(prisma, owner, id))!.figures.find((r) => r.recipientId === bodo.id)).toMatchObject({ coFinancedOre: 3_000_000n, belowCoFinancing: false })
  })

  it('refuses bad input, another owner, a UH partner, another county and a principal, and writes nothing', async () => {
    const id = await yearWithAwards()
    const before = await counts()
    const good = { grantYearId: id, ownerId: bodo.id, kind: 'MONEY', amount: '1 000', description: 'Kurs' }
    expect(await recordCoFinancing(prisma, owner, { ...good, kind: 'GIFT' })).toEqual({ ok: false, error: 'invalid', fields: ['kind'], problems: expect.any(Object) as object })
    expect(await recordCoFinancing(prisma, owner, { ...good, amount: '-5', description: 'x' })).toEqual({ ok: false, error: 'invalid', fields: ['amount', 'description'], problems: expect.any(Object) as object })
    expect(await recordCoFinancing(prisma, owner, { ...good, kind: 'STAFF_TIME', hours: 'mange', hourlyRate: '0' })).toEqual({ ok: false, error: 'invalid', fields: ['hours', 'hourlyRate'], problems: expect.any(Object) as object })
    expect(await recordCoFinancing(prisma, owner, { ...good, ownerId: fauske.id })).toMatchObject({ ok: false, error: 'notFound', fields: ['ownerId'] })
    expect(await recordCoFinancing(prisma, uh, { ...good, ownerId: nord.id })).toMatchObject({ ok: false, error: 'notOwner' })
    const sunnmoreYear = await prisma.grantYear.findFirstOrThrow({ where: { partnership: { slug: 'nordre-sunnmore' } } })
    expect(await recordCoFinancing(prisma, owner, { ...good, grantYearId: sunnmoreYear.id })).toEqual({ ok: false, error: 'notFound' })
    expect(await recordCoFinancing(prisma, await actorFor(demoPeople.principal.email), good)).toEqual({ ok: false, error: 'forbidden' })
    expect(await recordCoFinancing(prisma, governor, good)).toEqual({ ok: false, error: 'forbidden' })
    expect(await counts()).toEqual(before)
  })

  it('the database refuses staff time whose amount is not hours × rate', async () => {
    const id = await yearWithAwards()
    const data = { partnershipId: salten.id, grantYearId: id, ownerId: bodo.id, kind: 'STAFF_TIME' as const, hoursCenti: 1000, hourlyRateOre: 50_000n, description: 'Direkte' }
    await expect(prisma.coFinancing.create({ data: { ...data, amountOre: 500_001n } })).rejects.toThrow(/23514|check/)
    await expect(prisma.coFinancing.create({ data: { ...data, amountOre: 500_000n } })).resolves.toBeTruthy()
  })

  it('the database checks hours × rate without 64-bit overflow: a product past bigint is compared, not an error', async () => {
    const id = await yearWithAwards()
    // 10 000 hours × 1 000 000 000 000 kr: the product (10^20 øre-hundredths) does not fit in a bigint, the amount does.
    const data = { partnershipId: salten.id, grantYearId: id, ownerId: bodo.id, kind: 'STAFF_TIME' as const, hoursCenti: 1_000_000, hourlyRateOre: 100_000_000_000_000n, description: 'Direkte' }
    await expect(prisma.coFinancing.create({ data: { ...data, amountOre: 999_999_999_999_999_000n } })).rejects.toThrow(/23514|check/)
    const row = await prisma.coFinancing.create({ data: { ...data, amountOre: 1_000_000_000_000_000_000n } })
    expect((await prisma.coFinancing.findUniqueOrThrow({ where: { id: row.id } })).amountOre).toBe(1_000_000_000_000_000_000n)
  })

  it('refuses amounts, rates and their product beyond the domain limits as field errors, never a server error, and writes nothing', async () => {
    const id = await yearWithAwards()
    const before = await counts()
    const staff = { grantYearId: id, ownerId: bodo.id, kind: 'STAFF_TIME', description: 'Frikjøp' }
    expect(await recordCoFinancing(prisma, owner, { ...staff, hours: '10 000', hourlyRate: '9 999 999 999 999' })).toEqual({ ok: false, error: 'invalid', fields: ['hourlyRate'], problems: expect.any(Object) as object })
    expect(await recordCoFinancing(prisma, owner, { ...staff, hours: '10 000', hourlyRate: '100 001' })).toEqual({ ok: false, error: 'invalid', fields: ['hourlyRate'], problems: expect.any(Object) as object })
    expect(await recordCoFinancing(prisma, owner, { ...staff, hours: '10 001', hourlyRate: '650' })).toEqual({ ok: false, error: 'invalid', fields: ['hours'], problems: expect.any(Object) as object })
    expect(await recordCoFinancing(prisma, owner, { ...staff, kind: 'MONEY', amount: '10 000 000 001', description: 'For mye' })).toEqual({ ok: false, error: 'invalid', fields: ['amount'], problems: expect.any(Object) as object })
    expect(await counts()).toEqual(before)
    // The limits themselves are accepted: 10 000 hours at 100 000 kr is one billion kroner.
    expect(await recordCoFinancing(prisma, owner, { ...staff, hours: '10 000', hourlyRate: '100 000' })).toMatchObject({ ok: true })
  })
})

describe('use of funds', () => {
  it('records spending on a measure within the award, refuses more than is left, and shows remaining', async () => {
    const id = await yearWithAwards()
    const measure = await prisma.measure.findFirstOrThrow({ where: { partnershipId: salten.id } })
    const spend = (amount: string, more: Record<string, string> = {}) =>
      recordSpending(prisma, owner, { grantYearId: id, recipientId: bodo.id, amount, spentOn: '2026-03-01', description: 'Samling', measureId: measure.id, ...more })
    expect(await spend('60 000')).toMatchObject({ ok: true, done: 'spent' })
    expect(await spend('40 000,01')).toEqual({ ok: false, error: 'overAwarded', fields: ['amount'], values: { left: '4000000' } })
    expect(await spend('10 000', { measureId: (await prisma.measure.findFirstOrThrow({ where: { partnership: { slug: 'nordre-sunnmore' } } })).id })).toMatchObject({ ok: false, error: 'notFound', fields: ['measureId'] })
    // A day that does not exist is refused as such, never rolled over to 2 March.
    expect(await spend('10 000', { spentOn: '2026-02-30' })).toEqual({ ok: false, error: 'invalid', fields: ['spentOn'], problems: expect.any(Object) as object })
    expect(await spend('10 000', { spentOn: '2999-01-01' })).toEqual({ ok: false, error: 'invalid', fields: ['spentOn'], problems: expect.any(Object) as object })
    // The UH partner reports its own; the owner cannot report for it.
    expect(await recordSpending(prisma, uh, { grantYearId: id, recipientId: nord.id, amount: '25 000', spentOn: '2026-03-02', description: 'Veiledning' })).toMatchObject({ ok: true })
    expect(await recordSpending(prisma, owner, { grantYearId: id, recipientId: nord.id, amount: '1', spentOn: '2026-03-02', description: 'Veiledning' })).toMatchObject({ ok: false, error: 'notFound' })

    const rows = (await getGrantYear(prisma, governor, id))!.figures
    expect(rows.find((r) => r.recipientId === bodo.id)).toMatchObject({ awardedOre: 10_000_000n, spentOre: 6_000_000n, remainingOre: 4_000_000n })
    expect(rows.find((r) => r.recipientId === nord.id)).toMatchObject({ spentOre: 2_500_000n, remainingOre: 7_500_000n })
    expect(await prisma.auditLog.count({ where: { action: 'spending.create', data: { path: ['grantYearId'], equals: id } } })).toBe(2)
  })

  it('the database refuses spending beyond the award even when the code is bypassed', async () => {
    const id = await yearWithAwards()
    const data = { partnershipId: salten.id, grantYearId: id, recipientId: bodo.id, spentOn: new Date(), description: 'Direkte' }
    await prisma.spending.create({ data: { ...data, amountOre: 9_000_000n } })
    await expect(prisma.spending.create({ data: { ...data, amountOre: 1_000_001n } })).rejects.toThrow(/23514|exceeds/)
    await expect(prisma.spending.create({ data: { ...data, recipientId: fauske.id, amountOre: 1n } })).rejects.toThrow(/23514|exceeds/)
  })

  it('takes back an own entry with an audit row; not someone else’s', async () => {
    const id = await yearWithAwards()
    await recordSpending(prisma, uh, { grantYearId: id, recipientId: nord.id, amount: '1 000', spentOn: '2026-03-02', description: 'Feilført' })
    const entry = await prisma.spending.findFirstOrThrow({ where: { grantYearId: id } })
    expect(await removeFundingEntry(prisma, owner, { entry: 'spending', id: entry.id })).toEqual({ ok: false, error: 'notFound' })
    expect(await removeFundingEntry(prisma, uh, { entry: 'spending', id: entry.id })).toEqual({ ok: true, done: 'removed', id })
    expect(await prisma.spending.count({ where: { id: entry.id } })).toBe(0)
    expect(await prisma.auditLog.count({ where: { action: 'spending.remove', entityId: entry.id } })).toBe(1)
  })
})

describe('closing a year', () => {
  it('closes with the unused sum in the audit row; afterwards nothing more is recorded or removed', async () => {
    const id = await yearWithAwards()
    await recordSpending(prisma, owner, { grantYearId: id, recipientId: bodo.id, amount: '30 000', spentOn: '2026-03-01', description: 'Samling' })
    await recordCoFinancing(prisma, owner, { grantYearId: id, ownerId: bodo.id, kind: 'MONEY', amount: '1 000', description: 'Kurs' })
    const entry = await prisma.coFinancing.findFirstOrThrow({ where: { grantYearId: id } })
    expect(await closeGrantYear(prisma, owner, { grantYearId: id })).toEqual({ ok: false, error: 'forbidden' })
    expect(await closeGrantYear(prisma, governor, { grantYearId: id })).toEqual({ ok: true, done: 'closed', id })
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'grant_year.close', entityId: id } })
    expect(audit.data).toMatchObject({ unusedMoney: 'REPAY', awardedOre: '20000000', spentOre: '3000000', unusedOre: '17000000' })
    expect(await closeGrantYear(prisma, governor, { grantYearId: id })).toEqual({ ok: false, error: 'closed' })
    expect(await recordSpending(prisma, owner, { grantYearId: id, recipientId: bodo.id, amount: '1', spentOn: '2026-03-01', description: 'Sent' })).toEqual({ ok: false, error: 'closed' })
    expect(await recordCoFinancing(prisma, owner, { grantYearId: id, ownerId: bodo.id, kind: 'MONEY', amount: '1', description: 'Sent' })).toEqual({ ok: false, error: 'closed' })
    expect(await removeFundingEntry(prisma, owner, { entry: 'coFinancing', id: entry.id })).toEqual({ ok: false, error: 'closed' })
    const data = { partnershipId: salten.id, grantYearId: id, recipientId: bodo.id, spentOn: new Date(), description: 'Direkte', amountOre: 1n }
    await expect(prisma.spending.create({ data })).rejects.toThrow(/23514|closed/)
    expect((await getGrantYear(prisma, owner, id))!.reporting).toEqual({ owners: [], recipients: [], measures: [] })
  })
})

describe('reports and dashboards', () => {
  it('the report holds the year, or one recipient only; another county gets nothing', async () => {
    const id = await yearWithAwards()
    await recordSpending(prisma, owner, { grantYearId: id, recipientId: bodo.id, amount: '10 000', spentOn: '2026-03-01', description: 'Samling' })
    const whole = (await getFundingReport(prisma, owner, id, null))!
    expect(whole).toMatchObject({ countyName: 'Nordland', recipient: null })
    expect(whole.partnershipName).toMatch(/^Salten/)
    expect(whole.rows.map((r) => r.recipientId).sort()).toEqual([bodo.id, nord.id].sort())
    const one = (await getFundingReport(prisma, owner, id, bodo.id))!
    expect(one.rows).toHaveLength(1)
    expect(one).toMatchObject({ recipient: { id: bodo.id }, awards: [{ amountOre: 10_000_000n }], spendings: [{ amountOre: 1_000_000n }] })
    expect(await getFundingReport(prisma, owner, id, fauske.id)).toBeNull()
    expect(await getFundingReport(prisma, await actorFor(demoPeople.secretariatSunnmore.email), id, null)).toBeNull()
    expect(await getFundingReport(prisma, owner, 'not-a-uuid', null)).toBeNull()
  })

  it('the county governor sees every owner of the newest year; the owner and UH partner only their own; a principal none', async () => {
    const governorView = (await getFundingDashboard(prisma, governor))!
    const year = governorView.find((y) => y.partnershipName.startsWith('Salten'))!
    const owners = await prisma.partnershipOwner.count({ where: { partnershipId: salten.id } })
    // The newest Salten year is one of this file's; all owners appear once the key has run, here only awards.
    expect(year.rows.length).toBeGreaterThanOrEqual(2)
    expect(governorView.every((y) => !y.partnershipName.includes('Sunnmøre'))).toBe(true)
    // The county governor oversees: the dashboard shows the year's totals, not each row.
    expect(governorView.every((y) => y.overseen)).toBe(true)
    const ownerView = (await getFundingDashboard(prisma, owner))!
    expect(ownerView.some((y) => y.overseen)).toBe(false)
    expect(ownerView.flatMap((y) => y.rows.map((r) => r.recipientId))).toEqual(ownerView.map(() => bodo.id))
    const uhView = (await getFundingDashboard(prisma, uh))!
    expect(uhView.flatMap((y) => y.rows.map((r) => r.recipientId)).every((rid) => rid === nord.id)).toBe(true)
    expect(await getFundingDashboard(prisma, await actorFor(demoPeople.principal.email))).toBeNull()
    expect(owners).toBeGreaterThan(2)
  })
})
