import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { adjustAllocations } from './adjust-allocations'
import { createAward } from './create-award'
import { openGrantYear } from './open-grant-year'
import { getGrantYear } from './get-grant-year'
import { runAllocationKey } from './run-allocation-key'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const auditCount = () => prisma.auditLog.count()

let governor: Actor
let salten: { id: string }
let sunnmore: { id: string }
let nextYear = 2040

beforeAll(async () => {
  governor = await actorFor(demoPeople.countyGovernorNordland.email)
  salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
  sunnmore = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'nordre-sunnmore' } })
})

async function openYear(amount = '3 000 000') {
  const result = await openGrantYear(prisma, governor, { partnershipId: salten.id, year: String(nextYear++), stateAmount: amount })
  if (!result.ok) throw new Error(result.error)
  return result.id!
}

describe('grant years and the allocation key', () => {
  it('opens a year with the documented defaults and audits it; the same year twice is refused', async () => {
    const before = await auditCount()
    const result = await openGrantYear(prisma, governor, { partnershipId: salten.id, year: '2039', stateAmount: '4 500 000,50' })
    expect(result).toMatchObject({ ok: true, done: 'opened' })
    const year = await prisma.grantYear.findUniqueOrThrow({ where: { id: result.ok ? result.id! : '' } })
    expect(year).toMatchObject({ stateAmountOre: 450_000_050n, coFinancingBp: 3000, keyBasePerOwnerOre: 5_000_000n, keyFteWeight: 50, keyPupilWeight: 50, status: 'OPEN' })
    expect(await auditCount()).toBe(before + 1)
    expect(await openGrantYear(prisma, governor, { partnershipId: salten.id, year: '2039', stateAmount: '1' })).toMatchObject({ ok: false, error: 'duplicateYear' })
  })

  it('refuses bad input and another county, and writes nothing', async () => {
    const before = [await prisma.grantYear.count(), await auditCount()]
    expect(await openGrantYear(prisma, governor, { partnershipId: salten.id, year: '20x', stateAmount: 'mye' })).toEqual({ ok: false, error: 'invalid', fields: ['year', 'stateAmount'], problems: expect.any(Object) as object })
    expect(await openGrantYear(prisma, governor, { partnershipId: sunnmore.id, year: '2041', stateAmount: '100' })).toMatchObject({ ok: false, error: 'notFound' })
    const secretariat = await actorFor(demoPeople.secretariatSalten.email)
    expect(await openGrantYear(prisma, secretariat, { partnershipId: salten.id, year: '2041', stateAmount: '100' })).toEqual({ ok: false, error: 'forbidden' })
    expect([await prisma.grantYear.count(), await auditCount()]).toEqual(before)
  })

  it('runs the key: one row per owner, summing to the grant exactly, and the same table when run again', async () => {
    const id = await openYear('3 000 000,75')
    expect(await runAllocationKey(prisma, governor, { grantYearId: id })).toMatchObject({ ok: true, done: 'keyRun' })
    const first = await prisma.allocation.findMany({ where: { grantYearId: id }, orderBy: { ownerId: 'asc' } })
    const owners = await prisma.partnershipOwner.count({ where: { partnershipId: salten.id, leftOn: null } })
    expect(first).toHaveLength(owners)
    expect(first.reduce((a, r) => a + r.adjustedOre, 0n)).toBe(300_000_075n)
    expect(first.every((r) => r.computedOre === r.adjustedOre && r.adjustedOre >= 5_000_000n)).toBe(true)
    await runAllocationKey(prisma, governor, { grantYearId: id })
    const again = await prisma.allocation.findMany({ where: { grantYearId: id }, orderBy: { ownerId: 'asc' } })
    expect(again.map((r) => [r.ownerId, r.adjustedOre])).toEqual(first.map((r) => [r.ownerId, r.adjustedOre]))
    expect((await prisma.grantYear.findUniqueOrThrow({ where: { id } })).status).toBe('ALLOCATED')
  })

  it('refuses a base amount the grant cannot pay', async () => {
    const result = await openGrantYear(prisma, governor, { partnershipId: salten.id, year: String(nextYear++), stateAmount: '100 000', basePerOwner: '50 000' })
    expect(await runAllocationKey(prisma, governor, { grantYearId: result.ok ? result.id : '' })).toEqual({ ok: false, error: 'baseExceedsGrant' })
  })

  it('adjusts with a reason while staying balanced; an unbalanced table is refused with the sums', async () => {
    const id = await openYear('1 000 000')
    await runAllocationKey(prisma, governor, { grantYearId: id })
    const rows = await prisma.allocation.findMany({ where: { grantYearId: id }, orderBy: { adjustedOre: 'desc' } })
    const kr = (ore: bigint) => (ore / 100n).toString()
    const amounts = Object.fromEntries(rows.map((r) => [r.id, kr(r.adjustedOre)]))
    // Move 10 000 kr from the largest share to the smallest.
    amounts[rows[0]!.id] = kr(rows[0]!.adjustedOre - 1_000_000n)
    amounts[rows.at(-1)!.id] = kr(rows.at(-1)!.adjustedOre + 1_000_000n)
    const before = await auditCount()
    expect(await adjustAllocations(prisma, governor, { grantYearId: id, reason: 'Beiarn tar del i to nettverk', amounts })).toMatchObject({ ok: true })
    const after = await prisma.allocation.findMany({ where: { grantYearId: id } })
    expect(after.reduce((a, r) => a + r.adjustedOre, 0n)).toBe(100_000_000n)
    expect(after.filter((r) => r.adjustReason === 'Beiarn tar del i to nettverk')).toHaveLength(2)
    expect(await auditCount()).toBe(before + 1)

    amounts[rows[0]!.id] = kr(rows[0]!.adjustedOre)
    expect(await adjustAllocations(prisma, governor, { grantYearId: id, reason: 'Feil sum her', amounts })).toEqual({
      ok: false,
      error: 'unbalanced',
      fields: ['amounts'],
      values: { sum: '101000000', grant: '100000000' },
    })
    expect(await adjustAllocations(prisma, governor, { grantYearId: id, reason: 'x', amounts: {} })).toMatchObject({ ok: false, error: 'invalid', fields: ['reason'] })
    expect(await auditCount()).toBe(before + 1)
  })

  it('the database itself refuses an unbalanced table and a negative amount', async () => {
    const id = await openYear('1 000 000')
    expect(await runAllocationKey(prisma, governor, { grantYearId: id })).toMatchObject({ ok: true })
    const row = await prisma.allocation.findFirstOrThrow({ where: { grantYearId: id } })
    // The balance is checked at commit, so Prisma reports the failed commit in its own words.
    await expect(prisma.allocation.update({ where: { id: row.id }, data: { adjustedOre: row.adjustedOre + 1n } })).rejects.toThrow()
    await expect(prisma.allocation.update({ where: { id: row.id }, data: { adjustedOre: -1n } })).rejects.toThrow(/23514|check/)
    expect((await prisma.allocation.findUniqueOrThrow({ where: { id: row.id } })).adjustedOre).toBe(row.adjustedOre)
  })
})

describe('reading a grant year', () => {
  it('shows the controls only to those who decide: the county governor, not the owner or the secretariat', async () => {
    const id = await openYear('1 000 000')
    expect((await getGrantYear(prisma, governor, id))?.canManage).toBe(true)
    for (const person of [demoPeople.schoolOwnerBodo, demoPeople.secretariatSalten]) {
      const detail = await getGrantYear(prisma, await actorFor(person.email), id)
      expect(detail).toMatchObject({ canManage: false, recipients: [] })
    }
    expect(await getGrantYear(prisma, await actorFor(demoPeople.secretariatSunnmore.email), id)).toBeNull()
  })
})

describe('awards', () => {
  it('awards to an owner within the budget, once per idempotency key, and refuses what would exceed it', async () => {
    const id = await openYear('100 000')
    const bodo = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1804' } } })
    const key = crypto.randomUUID()
    const first = await createAward(prisma, governor, { grantYearId: id, recipientId: bodo.id, amount: '60 000', idempotencyKey: key })
    expect(first).toMatchObject({ ok: true, done: 'awarded' })
    const repeated = await createAward(prisma, governor, { grantYearId: id, recipientId: bodo.id, amount: '60 000', idempotencyKey: key })
    expect(repeated).toMatchObject({ ok: true, repeated: true, id: first.ok ? first.id : '' })
    expect(await prisma.award.count({ where: { grantYearId: id } })).toBe(1)
    expect(await prisma.auditLog.count({ where: { action: 'award.create', entityId: first.ok ? first.id : '' } })).toBe(1)
    expect(await createAward(prisma, governor, { grantYearId: id, recipientId: bodo.id, amount: '40 000,01', idempotencyKey: crypto.randomUUID() })).toEqual({
      ok: false,
      error: 'overBudget',
      fields: ['amount'],
      values: { left: '4000000' },
    })
    expect(await createAward(prisma, governor, { grantYearId: id, recipientId: bodo.id, amount: '40 000', idempotencyKey: crypto.randomUUID() })).toMatchObject({ ok: true })
  })

  it('awards to the UH partner, never to an organisation outside the partnership', async () => {
    const id = await openYear('100 000')
    const nord = await prisma.organisation.findFirstOrThrow({ where: { kind: 'UNIVERSITY', shortName: 'Nord' } })
    expect(await createAward(prisma, governor, { grantYearId: id, recipientId: nord.id, amount: '10 000', idempotencyKey: crypto.randomUUID() })).toMatchObject({ ok: true })
    const aalesund = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1508' } } })
    expect(await createAward(prisma, governor, { grantYearId: id, recipientId: aalesund.id, amount: '10 000', idempotencyKey: crypto.randomUUID() })).toMatchObject({ ok: false, error: 'notRecipient' })
  })

  it("records the forum decision it follows, never another partnership's", async () => {
    const id = await openYear('100 000')
    const bodo = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1804' } } })
    const own = await prisma.decision.findFirstOrThrow({ where: { partnershipId: salten.id } })
    const foreign = await prisma.decision.findFirstOrThrow({ where: { partnershipId: sunnmore.id } })
    const award = { grantYearId: id, recipientId: bodo.id, amount: '1 000' }
    expect(await createAward(prisma, governor, { ...award, decisionId: foreign.id, idempotencyKey: crypto.randomUUID() })).toMatchObject({ ok: false, error: 'notFound', fields: ['decisionId'] })
    expect(await createAward(prisma, governor, { ...award, decisionId: own.id, idempotencyKey: crypto.randomUUID() })).toMatchObject({ ok: true })
    const detail = (await getGrantYear(prisma, governor, id))!
    expect(detail.awards.map((a) => a.decisionReference)).toEqual([own.reference])
    expect(detail.decisions.map((d) => d.id)).toContain(own.id)
    expect((await getGrantYear(prisma, await actorFor(demoPeople.schoolOwnerBodo.email), id))!.decisions).toEqual([])
  })

  it('the database refuses awards beyond the state amount even when the code is bypassed', async () => {
    const id = await openYear('1 000')
    const bodo = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1804' } } })
    const data = { partnershipId: salten.id, grantYearId: id, recipientId: bodo.id, awardedOn: new Date() }
    await prisma.award.create({ data: { ...data, amountOre: 90_000n } })
    await expect(prisma.award.create({ data: { ...data, amountOre: 10_001n } })).rejects.toThrow(/23514|exceed/)
    await expect(prisma.award.create({ data: { ...data, amountOre: 0n } })).rejects.toThrow(/23514|check/)
  })
})
