import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { addAgendaItem } from './add-agenda-item'
import { approveMinutes } from './approve-minutes'
import { draftMinutes } from './draft-minutes'
import { addForumMember } from './add-forum-member'
import { addPaper } from './add-paper'
import { MAX_PAPER_BYTES } from './paper-types'
import { endForumMember } from './end-forum-member'
import { planMeeting } from './plan-meeting'
import { getApprovedMinutes } from './get-approved-minutes'
import { getForum } from './get-forum'
import { getForums } from './get-forums'
import { getMeeting } from './get-meeting'
import { getPaper } from './get-paper'
import { getPublicJournal } from './get-public-journal'
import { recordDecision } from './record-decision'
import { registerAttendance } from './register-attendance'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const audits = (action: string) => prisma.auditLog.count({ where: { action } })

let secretariat: Actor
let forum: { id: string; partnershipId: string }
let otherForum: { id: string }
let reference = 1

beforeAll(async () => {
  secretariat = await actorFor(demoPeople.secretariatSalten.email)
  forum = await prisma.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnership: { slug: 'salten-kan' } } })
  otherForum = await prisma.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnership: { slug: 'nordre-sunnmore' } } })
})

async function meetingWithItem(title = 'Fordeling av midler') {
  const planned = await planMeeting(prisma, secretariat, { forumId: forum.id, title: 'Møte i samarbeidsforumet', startsAt: '2026-12-03T10:00', place: 'Bodø' })
  if (!planned.ok) throw new Error(planned.error)
  const added = await addAgendaItem(prisma, secretariat, { meetingId: planned.id, title })
  if (!added.ok) throw new Error(added.error)
  const item = await prisma.agendaItem.findFirstOrThrow({ where: { meetingId: planned.id } })
  const members = await prisma.forumMember.findMany({ where: { forumId: forum.id, periodEnd: null }, orderBy: { personName: 'asc' } })
  return { meetingId: planned.id, itemId: item.id, voters: members.filter((m) => m.votingRight), governor: members.find((m) => !m.votingRight)! }
}

const decisionInput = (itemId: string, more: Record<string, unknown> = {}) => ({
  agendaItemId: itemId,
  reference: `2026/${10 + reference++}`,
  proposal: 'Forumet innstiller på fordelingen.',
  outcome: 'CONSENSUS',
  text: 'Fordelingen vedtas som foreslått.',
  ...more,
})

describe('members', () => {
  it('adds a member with an audit row; the county governor never gets a vote; ends the period', async () => {
    const office = await prisma.organisation.findFirstOrThrow({ where: { kind: 'COUNTY_GOVERNOR', governorOffice: { counties: { some: { number: '18' } } } } })
    const before = await audits('forum_member.add')
    const input = { forumId: forum.id, personName: 'Ny Representant', email: 'Ny@Kommune.no', organisationId: office.id, representation: 'COUNTY_GOVERNOR', votingRight: 'on', periodStart: '2026-01-01' }
    expect(await addForumMember(prisma, secretariat, input)).toMatchObject({ ok: true, done: 'memberAdded' })
    const member = await prisma.forumMember.findFirstOrThrow({ where: { personName: 'Ny Representant' } })
    expect(member).toMatchObject({ votingRight: false, email: 'ny@kommune.no', isDeputy: false })
    expect(await audits('forum_member.add')).toBe(before + 1)
    expect(await endForumMember(prisma, secretariat, { memberId: member.id, periodEnd: '2025-12-31' })).toMatchObject({ ok: false, error: 'periodOrder' })
    expect(await endForumMember(prisma, secretariat, { memberId: member.id, periodEnd: '2026-06-30' })).toMatchObject({ ok: true })
  })

  it("refuses bad input, another partnership's forum and people who do not run the forum", async () => {
    const count = await prisma.forumMember.count()
    const good = { forumId: forum.id, personName: 'Per', organisationId: crypto.randomUUID(), representation: 'KS', periodStart: '2026-01-01' }
    expect(await addForumMember(prisma, secretariat, { ...good, representation: 'KONGEN', periodStart: 'i går' })).toEqual({ ok: false, error: 'invalid', fields: ['representation', 'periodStart'], problems: expect.any(Object) as object })
    expect(await addForumMember(prisma, secretariat, { ...good, periodEnd: '2025-01-01' })).toMatchObject({ ok: false, error: 'periodOrder' })
    expect(await addForumMember(prisma, secretariat, { ...good, periodStart: '2026-02-29' })).toEqual({ ok: false, error: 'invalid', fields: ['periodStart'], problems: expect.any(Object) as object })
    expect(await addForumMember(prisma, secretariat, { ...good, forumId: otherForum.id })).toEqual({ ok: false, error: 'notFound' })
    for (const person of [demoPeople.forumMemberSalten, demoPeople.countyGovernorNordland, demoPeople.schoolOwnerBodo]) {
      expect(await addForumMember(prisma, await actorFor(person.email), good)).toEqual({ ok: false, error: 'forbidden' })
    }
    expect(await prisma.forumMember.count()).toBe(count)
  })
})

describe('meetings and decisions', () => {
  it('plans a meeting in Oslo time and numbers the agenda items', async () => {
    const { meetingId } = await meetingWithItem()
    await addAgendaItem(prisma, secretariat, { meetingId, title: 'Eventuelt' })
    const meeting = (await getMeeting(prisma, secretariat, meetingId))!
    expect(meeting.startsAt.toISOString()).toBe('2026-12-03T09:00:00.000Z')
    expect(meeting.items.map((i) => [i.position, i.title])).toEqual([[1, 'Fordeling av midler'], [2, 'Eventuelt']])
    expect(await planMeeting(prisma, secretariat, { forumId: forum.id, title: 'Møte', startsAt: '3. desember', videoUrl: 'http://usikker.example' })).toEqual({ ok: false, error: 'invalid', fields: ['startsAt', 'videoUrl'], problems: expect.any(Object) as object })
    // A day or time that does not exist is refused on its field, never rolled over to another.
    expect(await planMeeting(prisma, secretariat, { forumId: forum.id, title: 'Møte', startsAt: '2026-02-30T10:00' })).toEqual({ ok: false, error: 'invalid', fields: ['startsAt'], problems: expect.any(Object) as object })
    expect(await planMeeting(prisma, secretariat, { forumId: forum.id, title: 'Møte', startsAt: '2026-12-03T24:30' })).toEqual({ ok: false, error: 'invalid', fields: ['startsAt'], problems: expect.any(Object) as object })
  })

  it('records a consensus decision in one transaction and closes the item; a second decision is refused', async () => {
    const { meetingId, itemId } = await meetingWithItem()
    const before = await audits('decision.record')
    expect(await recordDecision(prisma, secretariat, decisionInput(itemId))).toEqual({ ok: true, done: 'decided', id: meetingId })
    expect(await audits('decision.record')).toBe(before + 1)
    expect((await prisma.agendaItem.findUniqueOrThrow({ where: { id: itemId } })).closedAt).not.toBeNull()
    expect(await recordDecision(prisma, secretariat, decisionInput(itemId))).toEqual({ ok: false, error: 'closed' })
  })

  it('records a vote per voting member with a declared conflict; refuses the county governor, a conflicted voter and an outsider', async () => {
    const { itemId, voters, governor } = await meetingWithItem()
    const [a, b, c, d] = voters
    const outsider = await prisma.forumMember.findFirstOrThrow({ where: { forumId: otherForum.id } })
    const vote = (votes: Record<string, string>, conflicts: Record<string, string> = {}) => decisionInput(itemId, { outcome: 'VOTE', votes, conflicts })
    const count = async () => [await prisma.decision.count(), await prisma.decisionVote.count(), await prisma.conflictOfInterest.count()]
    const before = await count()
    expect(await recordDecision(prisma, secretariat, vote({ [a!.id]: 'FOR', [governor.id]: 'FOR' }))).toMatchObject({ ok: false, error: 'noVotingRight', values: { name: governor.personName } })
    expect(await recordDecision(prisma, secretariat, vote({ [a!.id]: 'FOR', [b!.id]: 'AGAINST' }, { [b!.id]: 'Søker selv midler' }))).toMatchObject({ ok: false, error: 'conflictVote' })
    expect(await recordDecision(prisma, secretariat, vote({ [outsider.id]: 'FOR' }))).toMatchObject({ ok: false, error: 'notMember', fields: ['votes'] })
    expect(await recordDecision(prisma, secretariat, vote({}))).toMatchObject({ ok: false, error: 'noVotes' })
    expect(await recordDecision(prisma, secretariat, decisionInput(itemId, { votes: { [a!.id]: 'FOR' } }))).toMatchObject({ ok: false, error: 'invalid', fields: ['votes'] })
    expect(await count()).toEqual(before)

    expect(await recordDecision(prisma, secretariat, vote({ [a!.id]: 'FOR', [c!.id]: 'FOR', [d!.id]: 'ABSTAIN' }, { [b!.id]: 'Søker selv midler' }))).toMatchObject({ ok: true })
    const item = (await getMeeting(prisma, secretariat, (await prisma.agendaItem.findUniqueOrThrow({ where: { id: itemId } })).meetingId))!.items[0]!
    expect(item.decision?.votes.map((v) => v.choice).sort()).toEqual(['ABSTAIN', 'FOR', 'FOR'])
    expect(item.conflicts).toEqual([{ personName: b!.personName, reason: 'Søker selv midler' }])
  })

  it('the database refuses a vote from the county governor or on a consensus decision, whoever writes it', async () => {
    const { itemId, voters, governor } = await meetingWithItem()
    await recordDecision(prisma, secretariat, decisionInput(itemId))
    const decision = await prisma.decision.findFirstOrThrow({ where: { agendaItemId: itemId } })
    const base = { partnershipId: forum.partnershipId, decisionId: decision.id, choice: 'FOR' as const }
    await expect(prisma.decisionVote.create({ data: { ...base, memberId: voters[0]!.id } })).rejects.toThrow(/23514|cannot vote/)
    await expect(prisma.decisionVote.create({ data: { ...base, memberId: governor.id } })).rejects.toThrow(/23514|cannot vote/)
  })

  it('approved minutes lock the agenda, and the database refuses to change them', async () => {
    const { meetingId } = await meetingWithItem()
    const minutes = await prisma.minutes.create({ data: { partnershipId: forum.partnershipId, meetingId, version: 1, text: 'Referat', status: 'APPROVED', approvedAt: new Date() } })
    expect(await addAgendaItem(prisma, secretariat, { meetingId, title: 'For sent' })).toEqual({ ok: false, error: 'locked' })
    await expect(prisma.minutes.update({ where: { id: minutes.id }, data: { text: 'Endret i stillhet' } })).rejects.toThrow(/23514|locked/)
    await expect(prisma.minutes.delete({ where: { id: minutes.id } })).rejects.toThrow(/23514|locked/)
  })
})

describe('attendance', () => {
  it('marks every member of the day present or absent, feeds the minutes draft, and refuses outsiders', async () => {
    const { meetingId, voters } = await meetingWithItem()
    const outsider = await prisma.forumMember.findFirstOrThrow({ where: { forumId: otherForum.id } })
    expect(await registerAttendance(prisma, secretariat, { meetingId, present: [outsider.id] })).toMatchObject({ ok: false, error: 'notMember' })
    expect(await registerAttendance(prisma, secretariat, { meetingId, present: [voters[0]!.id, voters[1]!.id] })).toMatchObject({ ok: true, done: 'attendanceSaved' })
    const meeting = (await getMeeting(prisma, secretariat, meetingId))!
    expect(meeting.members.filter((m) => m.present).map((m) => m.id).sort()).toEqual([voters[0]!.id, voters[1]!.id].sort())
    expect(meeting.members.every((m) => m.present !== null)).toBe(true)
    expect(meeting.status).toBe('HELD')
    expect(meeting.draftTemplate).toContain(voters[0]!.personName)
  })
})

describe('papers', () => {
  const file = (name: string, bytes: number[] | Uint8Array) => new File([new Uint8Array(bytes)], name)
  const pdf = [...new TextEncoder().encode('%PDF-1.7\nSaksframlegg om fordeling')]

  it('keeps an allowed file with its checksum and an audit row, and gives it back to members only', async () => {
    const { itemId } = await meetingWithItem()
    expect(await addPaper(prisma, secretariat, { agendaItemId: itemId, file: file('../../Saksframlegg «fordeling».pdf', pdf) })).toMatchObject({ ok: true, done: 'paperAdded' })
    const paper = await prisma.agendaPaper.findFirstOrThrow({ where: { agendaItemId: itemId } })
    expect(paper).toMatchObject({ fileName: 'Saksframlegg «fordeling».pdf', contentType: 'application/pdf', sizeBytes: pdf.length })
    expect(paper.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(await prisma.auditLog.count({ where: { action: 'paper.add', entityId: paper.id } })).toBe(1)
    expect([...(await getPaper(prisma, await actorFor(demoPeople.forumMemberSalten.email), paper.id))!.content]).toEqual(pdf)
    expect(await getPaper(prisma, await actorFor(demoPeople.secretariatSunnmore.email), paper.id)).toBeNull()
  })

  it('refuses a program renamed to .pdf, a file type not allowed, an empty or too large file, and a closed item, writing nothing', async () => {
    const { itemId } = await meetingWithItem()
    const before = await prisma.agendaPaper.count()
    const exe = [0x4d, 0x5a, 0x90, 0x00, 0x03]
    expect(await addPaper(prisma, secretariat, { agendaItemId: itemId, file: file('sak.pdf', exe) })).toEqual({ ok: false, error: 'fileType', fields: ['file'] })
    expect(await addPaper(prisma, secretariat, { agendaItemId: itemId, file: file('sak.exe', exe) })).toMatchObject({ ok: false, error: 'fileType' })
    expect(await addPaper(prisma, secretariat, { agendaItemId: itemId, file: file('tom.pdf', []) })).toMatchObject({ ok: false, error: 'emptyFile' })
    expect(await addPaper(prisma, secretariat, { agendaItemId: itemId, file: file('stor.pdf', new Uint8Array(MAX_PAPER_BYTES + 1).fill(0x25)) })).toMatchObject({ ok: false, error: 'tooLarge' })
    expect(await addPaper(prisma, secretariat, { agendaItemId: itemId, file: 'ikke en fil' })).toMatchObject({ ok: false, error: 'invalid', fields: ['file'] })
    await recordDecision(prisma, secretariat, decisionInput(itemId))
    expect(await addPaper(prisma, secretariat, { agendaItemId: itemId, file: file('sak.pdf', pdf) })).toEqual({ ok: false, error: 'closed' })
    expect(await addPaper(prisma, await actorFor(demoPeople.forumMemberSalten.email), { agendaItemId: itemId, file: file('sak.pdf', pdf) })).toEqual({ ok: false, error: 'forbidden' })
    expect(await prisma.agendaPaper.count()).toBe(before)
  })
})

describe('minutes', () => {
  it('drafts over the draft, approves with an audit row, and a correction is a new version; only approved versions are exported', async () => {
    const { meetingId } = await meetingWithItem()
    expect(await draftMinutes(prisma, secretariat, { meetingId, text: 'Første utkast til referat.' })).toMatchObject({ ok: true, done: 'minutesDrafted' })
    expect(await draftMinutes(prisma, secretariat, { meetingId, text: 'Andre utkast til referat.' })).toMatchObject({ ok: true })
    const first = await prisma.minutes.findFirstOrThrow({ where: { meetingId } })
    expect(await prisma.minutes.count({ where: { meetingId } })).toBe(1)
    expect(await getApprovedMinutes(prisma, secretariat, meetingId, null)).toBeNull()
    expect(await approveMinutes(prisma, secretariat, { minutesId: first.id })).toMatchObject({ ok: true, done: 'minutesApproved' })
    expect(await approveMinutes(prisma, secretariat, { minutesId: first.id })).toEqual({ ok: false, error: 'alreadyApproved' })
    expect(await prisma.auditLog.count({ where: { action: 'minutes.approve', entityId: first.id } })).toBe(1)

    expect(await draftMinutes(prisma, secretariat, { meetingId, text: 'Rettet referat, versjon to.' })).toMatchObject({ ok: true })
    const versions = await prisma.minutes.findMany({ where: { meetingId }, orderBy: { version: 'asc' } })
    expect(versions.map((v) => [v.version, v.status, v.text])).toEqual([
      [1, 'APPROVED', 'Andre utkast til referat.'],
      [2, 'DRAFT', 'Rettet referat, versjon to.'],
    ])
    expect((await getApprovedMinutes(prisma, await actorFor(demoPeople.forumMemberSalten.email), meetingId, null))?.version).toBe(1)
    expect(await getApprovedMinutes(prisma, await actorFor(demoPeople.secretariatSunnmore.email), meetingId, null)).toBeNull()
    expect(await draftMinutes(prisma, await actorFor(demoPeople.forumMemberSalten.email), { meetingId, text: 'Et medlem skriver ikke referatet.' })).toEqual({ ok: false, error: 'forbidden' })
  })

  it('planning a meeting queues one invitation per member with an address, in the same transaction', async () => {
    const before = await prisma.emailOutbox.count({ where: { kind: 'meeting.invitation' } })
    const office = await prisma.organisation.findFirstOrThrow({ where: { kind: 'COUNTY_GOVERNOR', governorOffice: { counties: { some: { number: '18' } } } } })
    await addForumMember(prisma, secretariat, { forumId: forum.id, personName: 'Eva Epost', email: 'eva@kommune.no', organisationId: office.id, representation: 'OTHER', periodStart: '2026-01-01' })
    const planned = await planMeeting(prisma, secretariat, { forumId: forum.id, title: 'Møte med innkalling', startsAt: '2026-12-10T12:00', place: 'Fauske' })
    const mails = await prisma.emailOutbox.findMany({ where: { kind: 'meeting.invitation', to: 'eva@kommune.no' } })
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toBe('Innkalling: Møte med innkalling (Samarbeidsforum for Salten)')
    expect(mails[0]!.text).toContain('Sted: Fauske')
    expect(mails[0]!.text).toContain(`/forum/${forum.id}/moter/${planned.ok ? planned.id : ''}`)
    expect(await prisma.emailOutbox.count({ where: { kind: 'meeting.invitation' } })).toBeGreaterThan(before)
  })
})

describe('who sees what', () => {
  it("members and the county governor read the forum; the other partnership's secretariat and an owner do not", async () => {
    // The forum comes first; the partnership's other bodies (the demo steering group) follow it.
    const memberView = await getForums(prisma, await actorFor(demoPeople.forumMemberSalten.email))
    expect(memberView.map((f) => f.kind)).toEqual(['COLLABORATION_FORUM', 'STEERING_GROUP'])
    expect(memberView[0]!.id).toBe(forum.id)
    // The next meeting (planned in this file for December 2026) and its papers, for the dashboard.
    expect(memberView[0]!.openItems).toBeGreaterThan(0)
    expect((await getForums(prisma, await actorFor(demoPeople.countyGovernorNordland.email))).filter((f) => f.kind === 'COLLABORATION_FORUM').map((f) => f.id)).toEqual([forum.id])
    expect(await getForum(prisma, await actorFor(demoPeople.secretariatSunnmore.email), forum.id)).toBeNull()
    expect((await getForum(prisma, secretariat, forum.id))?.canManage).toBe(true)
    // The meetings a page at a time, with how many there are in all.
    const all = (await getForum(prisma, secretariat, forum.id, { page: 1, pageSize: 1000 }))!
    const second = (await getForum(prisma, secretariat, forum.id, { page: 2, pageSize: 1 }))!
    expect(second.meetingCount).toBe(all.meetings.length)
    expect(second.meetings.map((m) => m.id)).toEqual(all.meetings.slice(1, 2).map((m) => m.id))
    expect((await getForum(prisma, await actorFor(demoPeople.countyGovernorNordland.email), forum.id))?.canManage).toBe(false)
    await expect(getForums(prisma, await actorFor(demoPeople.schoolOwnerBodo.email))).rejects.toThrow(/Forbidden/)
  })

  it('the public journal lists decisions not marked exempt, with a tally and no names', async () => {
    const { itemId } = await meetingWithItem('Unntatt sak')
    await recordDecision(prisma, secretariat, decisionInput(itemId, { reference: '2026/99', exemptFromPublic: 'on', text: 'Hemmelig vedtak' }))
    const journal = (await getPublicJournal(prisma, 'salten-kan'))!
    expect(journal.entries.some((e) => e.reference === '2026/99')).toBe(false)
    expect(journal.entries.some((e) => e.text.startsWith('Fordeling av tilskuddet'))).toBe(true)
    expect(JSON.stringify(journal)).not.toMatch(/Representant/)
    expect(await getPublicJournal(prisma, 'finnes-ikke')).toBeNull()
    expect(await getPublicJournal(prisma, "'; drop table")).toBeNull()
  })
})

describe('the dashboard', () => {
  it('tells the secretariat which held meetings still lack decisions or approved minutes; readers see no such list', async () => {
    const held = await prisma.meeting.create({ data: { partnershipId: forum.partnershipId, forumId: forum.id, title: 'Holdt møte uten vedtak', startsAt: new Date('2026-01-15T09:00:00Z'), status: 'HELD' } })
    await prisma.agendaItem.createMany({
      data: [1, 2].map((position) => ({ partnershipId: forum.partnershipId, meetingId: held.id, position, title: `Sak ${position}` })),
    })
    const row = (await getForums(prisma, secretariat)).find((f) => f.id === forum.id)!
    expect(row.toWrite.find((m) => m.meetingId === held.id)).toEqual({ meetingId: held.id, meetingTitle: 'Holdt møte uten vedtak', decisions: 2, minutes: true })

    // A decision on each item and approved minutes take the meeting off the list.
    for (const item of await prisma.agendaItem.findMany({ where: { meetingId: held.id } })) {
      expect((await recordDecision(prisma, secretariat, { agendaItemId: item.id, reference: `2026/${900 + item.position}`, proposal: 'Forslag', outcome: 'CONSENSUS', text: 'Vedtatt' })).ok).toBe(true)
    }
    expect((await getForums(prisma, secretariat)).find((f) => f.id === forum.id)!.toWrite.find((m) => m.meetingId === held.id)).toEqual({ meetingId: held.id, meetingTitle: 'Holdt møte uten vedtak', decisions: 0, minutes: true })
    await prisma.minutes.create({ data: { partnershipId: forum.partnershipId, meetingId: held.id, version: 1, text: 'Referat', status: 'APPROVED', approvedAt: new Date() } })
    expect((await getForums(prisma, secretariat)).find((f) => f.id === forum.id)!.toWrite.some((m) => m.meetingId === held.id)).toBe(false)

    for (const person of [demoPeople.forumMemberSalten, demoPeople.countyGovernorNordland]) {
      expect((await getForums(prisma, await actorFor(person.email))).every((f) => f.toWrite.length === 0)).toBe(true)
    }
  })
})
