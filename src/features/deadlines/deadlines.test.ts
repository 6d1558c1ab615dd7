import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { queueDeadlineReminders, reminderStage } from './deadline-reminders'
import { getDeadlines } from './get-deadlines'
import { partyStatus } from './parties'
import { setDeadline } from './set-deadline'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const day = (iso: string) => new Date(iso)

let governor: Actor
let owner: Actor
let sunnmore: Actor
let nordland: { id: string }
let more: { id: string }
let salten: { id: string; countyId: string }
let bodo: { id: string }

beforeAll(async () => {
  governor = await actorFor(demoPeople.countyGovernorNordland.email)
  owner = await actorFor(demoPeople.schoolOwnerBodo.email)
  sunnmore = await actorFor(demoPeople.secretariatSunnmore.email)
  salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' }, select: { id: true, countyId: true } })
  nordland = { id: salten.countyId }
  more = await prisma.county.findFirstOrThrow({ where: { partnerships: { some: { slug: { not: 'salten-kan' } } }, id: { not: nordland.id } } })
  bodo = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1804' } } })
})

describe('where a party stands', () => {
  it('is on time when done by the end of the deadline day (Oslo), late once that day has passed undone', () => {
    const due = day('2027-02-01')
    // Oslo is UTC+1 in February: 22:30Z is 23:30 on the day, 23:30Z is already the next.
    expect(partyStatus(due, new Date('2027-02-01T22:30:00Z'), new Date('2027-03-01'))).toBe('done')
    expect(partyStatus(due, new Date('2027-02-01T23:30:00Z'), new Date('2027-03-01'))).toBe('doneLate')
    expect(partyStatus(due, null, new Date('2027-02-01T22:00:00Z'))).toBe('pending')
    expect(partyStatus(due, null, new Date('2027-02-01T23:30:00Z'))).toBe('late')
    expect([reminderStage(due, { status: 'pending' }, new Date('2027-01-20')), reminderStage(due, { status: 'pending' }, new Date('2027-01-26')), reminderStage(due, { status: 'late' }, new Date('2027-02-10')), reminderStage(due, { status: 'done' }, new Date('2027-01-30'))]).toEqual([null, 'BEFORE', 'LATE', null])
  })
})

describe('deadlines of the cycle', () => {
  it('are set by county governor staff for their own county only, with an audit row; bad input changes nothing', async () => {
    const input = { countyId: nordland.id, year: '2091', kind: 'NEEDS_REPORTS', dueOn: '2091-02-01' }
    expect(await setDeadline(prisma, owner, input)).toEqual({ ok: false, error: 'forbidden' })
    expect(await setDeadline(prisma, governor, { ...input, countyId: more.id })).toEqual({ ok: false, error: 'notFound', fields: ['countyId'] })
    expect(await setDeadline(prisma, governor, { ...input, dueOn: '2091-02-30' })).toMatchObject({ ok: false, error: 'invalid', fields: ['dueOn'] })
    expect(await prisma.cycleDeadline.count({ where: { year: 2091 } })).toBe(0)
    const set = await setDeadline(prisma, governor, input)
    expect(set).toMatchObject({ ok: true, done: 'set' })
    // The same county, year and kind again moves the one deadline.
    expect(await setDeadline(prisma, governor, { ...input, dueOn: '2091-02-15' })).toMatchObject({ ok: true, done: 'set' })
    const rows = await prisma.cycleDeadline.findMany({ where: { year: 2091 } })
    expect(rows.map((r) => r.dueOn.toISOString().slice(0, 10))).toEqual(['2091-02-15'])
    expect(await prisma.auditLog.count({ where: { action: 'cycle_deadline.set', entityId: rows[0]!.id } })).toBe(2)
  })

  it('shows the county governor who is late across the county, an owner its own partnerships, and another county nothing', async () => {
    await setDeadline(prisma, governor, { countyId: nordland.id, year: '2092', kind: 'NEEDS_REPORTS', dueOn: '2092-02-01' })
    await setDeadline(prisma, governor, { countyId: nordland.id, year: '2092', kind: 'RECOMMENDATION', dueOn: '2092-03-15' })
    // Bodø submitted on time; everyone else in Salten has not.
    const report = await prisma.needsReport.create({ data: { partnershipId: salten.id, year: 2092, title: 'Behov 2092', summary: 'Lesing', status: 'SUBMITTED', submittedAt: new Date('2092-01-20T10:00:00Z') } })
    await prisma.needsReportOwner.create({ data: { partnershipId: salten.id, reportId: report.id, ownerId: bodo.id } })
    const now = new Date('2092-02-10T12:00:00Z')
    const view = (await getDeadlines(prisma, governor, now))!
    const needs = view.deadlines.find((d) => d.year === 2092 && d.kind === 'NEEDS_REPORTS')!
    expect(needs.parties.find((p) => p.name === 'Bodø kommune')?.status).toBe('done')
    expect(needs.parties.filter((p) => p.status === 'late').length).toBe(needs.parties.length - 1)
    expect(needs.late).toBe(needs.parties.length - 1)
    expect(view.deadlines.find((d) => d.year === 2092 && d.kind === 'RECOMMENDATION')!.parties.every((p) => p.status === 'pending')).toBe(true)
    expect(view.counties.map((c) => c.id)).toEqual([nordland.id])

    const ownView = (await getDeadlines(prisma, owner, now))!
    expect(ownView.counties).toEqual([])
    expect(new Set(ownView.deadlines.find((d) => d.year === 2092 && d.kind === 'NEEDS_REPORTS')!.parties.map((p) => p.partnershipId))).toEqual(new Set([salten.id]))
    expect((await getDeadlines(prisma, sunnmore, now))!.deadlines.filter((d) => d.year === 2092)).toEqual([])
  })

  it('reminds each party that has not acted once a week before and once when late, through the outbox', async () => {
    await setDeadline(prisma, governor, { countyId: nordland.id, year: '2093', kind: 'NEEDS_REPORTS', dueOn: '2093-02-01' })
    const run = (now: Date) => prisma.$transaction((tx) => queueDeadlineReminders(tx, now))
    const toPer = () => prisma.emailOutbox.findMany({ where: { to: demoPeople.schoolOwnerBodo.email, kind: { startsWith: 'deadline.' } }, orderBy: { createdAt: 'asc' } })
    const before = (await toPer()).length
    expect(await run(new Date('2093-01-10T08:00:00Z'))).toBe(0)
    const early = await run(new Date('2093-01-27T08:00:00Z'))
    expect(early).toBeGreaterThan(0)
    expect(await run(new Date('2093-01-28T08:00:00Z'))).toBe(0)
    const mails = await toPer()
    expect(mails.length).toBe(before + 1)
    expect(mails.at(-1)).toMatchObject({ kind: 'deadline.before', })
    expect(mails.at(-1)!.subject).toContain('Behovsmeldinger 2093')
    expect(mails.at(-1)!.text).toContain('/frister')
    expect(await run(new Date('2093-02-05T08:00:00Z'))).toBe(early)
    expect((await toPer()).at(-1)).toMatchObject({ kind: 'deadline.late' })
    expect(await run(new Date('2093-02-06T08:00:00Z'))).toBe(0)
  })
})
