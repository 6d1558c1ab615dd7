import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { closeGrantYear } from '@/features/funding/close-grant-year'
import { createAward } from '@/features/funding/create-award'
import { openGrantYear } from '@/features/funding/open-grant-year'
import { recordSpending } from '@/features/funding/record-spending'
import { getYearEnd } from './get-year-end'
import { reallocate } from './reallocate'
import { reopenGrantYear } from './reopen-grant-year'
import { setUnusedMoney } from './set-unused-money'
import { settlementLines } from './settlement'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const writes = async () => [await prisma.reallocation.count(), await prisma.yearEndEvent.count(), await prisma.auditLog.count(), await prisma.spending.count()]

let governor: Actor
let owner: Actor
let salten: { id: string }
let bodo: { id: string }
let fauske: { id: string }
let nord: { id: string }
let nextYear = 2070

beforeAll(async () => {
  governor = await actorFor(demoPeople.countyGovernorNordland.email)
  owner = await actorFor(demoPeople.schoolOwnerBodo.email)
  salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
  bodo = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1804' } } })
  fauske = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1841' } } })
  nord = await prisma.organisation.findFirstOrThrow({ where: { kind: 'UNIVERSITY', shortName: 'Nord' } })
})

/** A Salten year of 1 000 000 kr: 100 000 kr each to Bodø and Nord universitet, Bodø has spent 30 000. */
async function yearWithSpending() {
  const opened = await openGrantYear(prisma, governor, { partnershipId: salten.id, year: String(nextYear++), stateAmount: '1 000 000' })
  if (!opened.ok) throw new Error(opened.error)
  for (const recipientId of [bodo.id, nord.id]) await createAward(prisma, governor, { grantYearId: opened.id!, recipientId, amount: '100 000', idempotencyKey: crypto.randomUUID() })
  await recordSpending(prisma, owner, { grantYearId: opened.id, recipientId: bodo.id, amount: '30 000', spentOn: '2026-03-01', description: 'Samling' })
  return opened.id!
}

describe('the settlement per recipient', () => {
  it('is awarded + moved in − moved out − spent, and a recipient with only moved-in money appears', () => {
    const names = new Map([['a', 'Bodø'], ['b', 'Fauske']])
    const lines = settlementLines(names, { awarded: new Map([['a', 100n]]), movedIn: new Map([['b', 40n]]), movedOut: new Map([['a', 40n]]), spent: new Map([['a', 10n], ['b', 5n]]) })
    expect(lines.map((l) => [l.name, l.unusedOre])).toEqual([['Bodø', 50n], ['Fauske', 35n]])
  })
})

describe('year end', () => {
  it('closes a repaying year with each recipient\'s unused sum in the history and audit; refuses awards and spending after; reopens with a reason', async () => {
    const id = await yearWithSpending()
    const end = (await getYearEnd(prisma, governor, id))!
    expect(end.lines.map((l) => [l.recipientId, l.unusedOre])).toEqual(expect.arrayContaining([[bodo.id, 7_000_000n], [nord.id, 10_000_000n]]))
    expect(end.totals.unusedOre).toBe(17_000_000n)
    expect(await closeGrantYear(prisma, governor, { grantYearId: id })).toEqual({ ok: true, done: 'closed', id })
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'grant_year.close', entityId: id } })
    const data = audit.data as { unusedMoney: string; unusedOre: string; recipients: { recipientId: string; unusedOre: string }[] }
    expect([data.unusedMoney, data.unusedOre]).toEqual(['REPAY', '17000000'])
    expect(data.recipients.find((r) => r.recipientId === bodo.id)?.unusedOre).toBe('7000000')
    expect(await prisma.yearEndEvent.findMany({ where: { grantYearId: id }, select: { kind: true, unusedOre: true } })).toEqual([{ kind: 'CLOSED', unusedOre: 17_000_000n }])

    expect(await createAward(prisma, governor, { grantYearId: id, recipientId: fauske.id, amount: '1 000', idempotencyKey: crypto.randomUUID() })).toEqual({ ok: false, error: 'closed' })
    expect(await recordSpending(prisma, owner, { grantYearId: id, recipientId: bodo.id, amount: '1', spentOn: '2026-03-01', description: 'Sent' })).toEqual({ ok: false, error: 'closed' })
    // The database's second wall: an award written past the code on a closed year.
    await expect(prisma.award.create({ data: { partnershipId: salten.id, grantYearId: id, recipientId: fauske.id, amountOre: 100n, awardedOn: new Date() } })).rejects.toThrow(/23514|closed/)

    const before = await writes()
    expect(await reopenGrantYear(prisma, owner, { grantYearId: id, reason: 'Forbruk kom sent' })).toEqual({ ok: false, error: 'forbidden' })
    expect(await reopenGrantYear(prisma, governor, { grantYearId: id, reason: 'kort' })).toMatchObject({ ok: false, error: 'invalid', fields: ['reason'] })
    expect(await writes()).toEqual(before)
    expect(await reopenGrantYear(prisma, governor, { grantYearId: id, reason: 'Forbruk fra Bodø kom etter fristen' })).toEqual({ ok: true, done: 'reopened', id })
    expect(await reopenGrantYear(prisma, governor, { grantYearId: id, reason: 'Forbruk fra Bodø kom etter fristen' })).toEqual({ ok: false, error: 'notClosed' })
    expect((await prisma.grantYear.findUniqueOrThrow({ where: { id } })).status).toBe('OPEN')
    expect(await prisma.auditLog.count({ where: { action: 'grant_year.reopen', entityId: id } })).toBe(1)
    const events = (await getYearEnd(prisma, owner, id))!.events
    expect(events.map((e) => [e.kind, e.reason])).toEqual([['CLOSED', null], ['REOPENED', 'Forbruk fra Bodø kom etter fristen']])
    expect(await recordSpending(prisma, owner, { grantYearId: id, recipientId: bodo.id, amount: '1', spentOn: '2026-03-01', description: 'Sent' })).toMatchObject({ ok: true })
  })

  it('moves unused money only in a year set to reallocate, within the unused sum, between recipients of the partnership; the total stays', async () => {
    const id = await yearWithSpending()
    const move = { grantYearId: id, fromRecipientId: bodo.id, toRecipientId: fauske.id, amount: '20 000', reason: 'Fauske har flere deltakere' }
    expect(await reallocate(prisma, governor, move)).toEqual({ ok: false, error: 'repays' })
    expect(await setUnusedMoney(prisma, owner, { grantYearId: id, unusedMoney: 'REALLOCATE' })).toEqual({ ok: false, error: 'forbidden' })
    expect(await setUnusedMoney(prisma, governor, { grantYearId: id, unusedMoney: 'REALLOCATE' })).toEqual({ ok: true, done: 'modeSet', id })
    const before = await writes()
    expect(await reallocate(prisma, owner, move)).toEqual({ ok: false, error: 'forbidden' })
    expect(await reallocate(prisma, governor, { ...move, amount: '70 000,01' })).toEqual({ ok: false, error: 'overUnused', fields: ['amount'], values: { left: '7000000' } })
    expect(await reallocate(prisma, governor, { ...move, toRecipientId: bodo.id })).toEqual({ ok: false, error: 'sameRecipient', fields: ['toRecipientId'] })
    const other = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', partnershipOwners: { none: { partnershipId: salten.id } } } })
    expect(await reallocate(prisma, governor, { ...move, toRecipientId: other.id })).toEqual({ ok: false, error: 'notRecipient', fields: ['toRecipientId'] })
    expect(await reallocate(prisma, governor, { ...move, reason: '' })).toMatchObject({ ok: false, error: 'invalid', fields: ['reason'] })
    expect(await writes()).toEqual(before)

    expect(await reallocate(prisma, governor, move)).toEqual({ ok: true, done: 'reallocated', id })
    expect(await prisma.auditLog.count({ where: { action: 'reallocation.create', data: { path: ['grantYearId'], equals: id } } })).toBe(1)
    const end = (await getYearEnd(prisma, governor, id))!
    const line = (rid: string) => end.lines.find((l) => l.recipientId === rid)!
    expect([line(bodo.id).unusedOre, line(fauske.id).unusedOre, line(fauske.id).movedInOre]).toEqual([5_000_000n, 2_000_000n, 2_000_000n])
    expect(end.totals).toMatchObject({ awardedOre: 20_000_000n, spentOre: 3_000_000n, unusedOre: 17_000_000n })
    // Fauske can spend what was moved to it; Bodø no longer can.
    expect(await recordSpending(prisma, owner, { grantYearId: id, recipientId: bodo.id, amount: '50 000,01', spentOn: '2026-03-01', description: 'For mye' })).toMatchObject({ ok: false, error: 'overAwarded' })
    // The database refuses a move of more than is unused, and any change or removal of a move.
    await expect(prisma.reallocation.create({ data: { partnershipId: salten.id, grantYearId: id, fromRecipientId: bodo.id, toRecipientId: fauske.id, amountOre: 5_000_001n, reason: 'Direkte' } })).rejects.toThrow(/23514|unused/)
    const made = await prisma.reallocation.findFirstOrThrow({ where: { grantYearId: id } })
    await expect(prisma.reallocation.update({ where: { id: made.id }, data: { amountOre: 1n } })).rejects.toThrow(/23514|kept/)
    await expect(prisma.reallocation.delete({ where: { id: made.id } })).rejects.toThrow(/23514|kept/)

    expect(await closeGrantYear(prisma, governor, { grantYearId: id })).toMatchObject({ ok: true })
    expect(await reallocate(prisma, governor, { ...move, amount: '1' })).toEqual({ ok: false, error: 'closed' })
    expect(await setUnusedMoney(prisma, governor, { grantYearId: id, unusedMoney: 'REPAY' })).toEqual({ ok: false, error: 'closed' })
  })

  it('shows nothing of a year the actor may not read, and no forms to those who only read', async () => {
    const id = await yearWithSpending()
    expect(await getYearEnd(prisma, await actorFor(demoPeople.secretariatSunnmore.email), id)).toBeNull()
    expect(await getYearEnd(prisma, governor, 'not-a-uuid')).toBeNull()
    const readOnly = (await getYearEnd(prisma, owner, id))!
    expect([readOnly.canManage, readOnly.recipients, readOnly.totals.unusedOre]).toEqual([false, [], 17_000_000n])
    expect((await getYearEnd(prisma, governor, id))!.canManage).toBe(true)
  })
})
