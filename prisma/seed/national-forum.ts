/**
 * The national seed's forums: members (owners, UH, member organisations, and the county governor
 * without a vote), ten years of meetings (about six a year) with agenda items, one small paper per
 * meeting, attendance, a decision on every item (most taken note of; some of the real matters by
 * vote, a few with a declared conflict of interest) and approved minutes. The database's rules
 * hold: votes only from voting members without a conflict, one decision per item, minutes
 * approved once.
 */
import { createHash } from 'node:crypto'
import type { PrismaClient } from '@/generated/prisma/client'
import type { createRandom } from './random'
import type { TReference } from './reference'
import type { TPartnership } from './national-structure'
import type { TPeople } from './national-people'
import { insertRows, type TRow } from './national-sql'

type TRandom = ReturnType<typeof createRandom>

const MONTHS = [1, 3, 4, 6, 9, 11]
/** Meetings after this are still planned (the seed's "today" is fixed so every run is the same). */
export const NATIONAL_TODAY = new Date('2026-11-20T00:00:00.000Z')

const itemTitles = [
  'Godkjenning av innkalling og saksliste', 'Orientering fra sekretariatet', 'Behovsmeldinger fra skoleeierne',
  'Prioritering av tiltak', 'Status for tiltak og nettverk', 'Rapportering på bruk av midler', 'Innspill fra UH-partnerne',
  'Plan for samlinger neste halvår', 'Evaluering av ordningen', 'Eventuelt',
]
const decisionTexts = [
  'Forumet slutter seg til sekretariatets forslag.', 'Forumet prioriterer lesing og inkluderende læringsmiljø for neste år.',
  'Saken utsettes til neste møte.', 'Forumet ber sekretariatet utarbeide et forslag til fordeling.',
]

/** A tiny valid PDF, the same for every meeting: papers are small in the national data on purpose. */
const PAPER = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
const PAPER_SHA = createHash('sha256').update(PAPER).digest('hex')

export interface TForumSeeded {
  /** Partnership id + year → the decision the year's awards follow. */
  allocationDecision: Map<string, string>
  /** Partnership id + year → the year's other decisions (measures refer to them). */
  decisions: Map<string, string[]>
  counts: Record<string, number>
}

interface TRows { [table: string]: TRow[] }

export async function seedForums(db: PrismaClient, random: TRandom, ref: TReference, partnerships: TPartnership[], people: TPeople, id: () => string): Promise<TForumSeeded> {
  const rows: TRows = { ForumMember: [], Meeting: [], AgendaItem: [], Decision: [], DecisionCorrection: [], AgendaPaper: [], MeetingAttendance: [], ConflictOfInterest: [], DecisionVote: [], Minutes: [] }
  const out: TForumSeeded = { allocationDecision: new Map(), decisions: new Map(), counts: {} }
  const officeOrg = new Map([...ref.governorOffices.values()].map((o) => [o.id, o.organisationId]))
  for (const p of partnerships) {
    const members = forumMembers(p, people, officeOrg.get(p.governorOfficeId)!, id)
    rows.ForumMember!.push(...members)
    // Ten years, and next year's first meeting already planned.
    for (let year = 2017; year <= 2027; year++) {
      const counter = { year, reference: 0 }
      MONTHS.slice(0, year === 2027 ? 1 : MONTHS.length).forEach((month, mi) => {
        const startsAt = new Date(Date.UTC(year, month - 1, random.int(5, 25), 8 + random.int(0, 4)))
        const status = startsAt > NATIONAL_TODAY ? 'PLANNED' : random.next() < 0.03 ? 'CANCELLED' : 'HELD'
        const meeting = { id: id(), partnershipId: p.id, forumId: p.forumId, title: `Møte i samarbeidsforumet ${mi + 1}/${year}`, startsAt, place: random.pick(['Rådhuset', 'Statsforvalterens lokaler', 'Digitalt (Teams)', 'Høgskolen']), status, createdAt: startsAt }
        rows.Meeting!.push(meeting)
        const items = agenda(random, p, meeting, id, rows)
        if (status === 'HELD') held(random, p, { meeting, items, first: mi === 0, members, year: counter }, id, rows, out)
      })
    }
  }
  for (const [table, list] of Object.entries(rows)) out.counts[table] = await insertRows(db, table, list)
  return out
}

/**
 * A held meeting: attendance, a decision on every item (most taken note of, by consensus; the
 * year's first meeting decides the grant's split) and approved minutes. The latest meeting is
 * still being written up: two items decided, the rest open, its minutes a draft.
 */
function held(
  random: TRandom, p: TPartnership, m: { meeting: { id: string; title: string; startsAt: Date }; items: { id: string; closedAt: Date | null }[]; first: boolean; members: { id: string; votingRight: boolean }[]; year: { year: number; reference: number } },
  id: () => string, rows: TRows, out: TForumSeeded,
) {
  const { startsAt } = m.meeting
  for (const member of m.members) rows.MeetingAttendance!.push({ id: id(), partnershipId: p.id, meetingId: m.meeting.id, memberId: member.id, present: random.next() < 0.85 })
  const latest = NATIONAL_TODAY.getTime() - startsAt.getTime() < 45 * 86_400_000
  const decided = latest ? m.items.slice(1, 3) : m.items
  const key = `${p.id}:${m.year.year}`
  const voting = m.members.filter((x) => x.votingRight)
  decided.forEach((item, i) => {
    m.year.reference += 1
    const allocation = m.first && item === m.items[2]
    // Items past the orientation ones are real matters: some are voted on, and measures refer to them.
    const substantive = !allocation && i >= 2 && i < m.items.length - 1 && random.next() < 0.4
    const decisionId = decide(random, p, item, { startsAt, year: m.year.year, reference: m.year.reference, allocation, substantive, voting }, id, rows)
    if (allocation) out.allocationDecision.set(key, decisionId)
    else if (substantive) out.decisions.set(key, [...(out.decisions.get(key) ?? []), decisionId])
  })
  rows.Minutes!.push({
    id: id(), partnershipId: p.id, meetingId: m.meeting.id, version: 1, text: `Protokoll fra ${m.meeting.title}. Sakene ble behandlet som i sakslisten.`,
    status: latest ? 'DRAFT' : 'APPROVED', createdAt: startsAt, approvedAt: latest ? null : new Date(startsAt.getTime() + 14 * 86_400_000),
  })
}

function forumMembers(p: TPartnership, people: TPeople, governorOrg: string, id: () => string) {
  const periodStart = new Date('2017-01-01')
  const base = { partnershipId: p.id, forumId: p.forumId, periodStart, isDeputy: false }
  const members = (people.forumMembers.get(p.id) ?? []).map((m) => ({
    ...base, id: id(), organisationId: m.organisationId, userId: m.userId, personName: m.name, email: m.email,
    representation: p.universityIds.includes(m.organisationId) ? 'UNIVERSITY' : p.ownerIds.includes(m.organisationId) ? 'SCHOOL_OWNER' : 'OTHER',
    votingRight: true,
  }))
  members.push({ ...base, id: id(), organisationId: governorOrg, userId: null as unknown as string, personName: 'Representant for statsforvalteren', email: null as unknown as string, representation: 'COUNTY_GOVERNOR', votingRight: false })
  return members
}

function agenda(random: TRandom, p: TPartnership, meeting: { id: string; startsAt: Date }, id: () => string, rows: TRows) {
  const count = random.int(4, 6)
  const items = Array.from({ length: count }, (_, i) => ({
    id: id(), partnershipId: p.id, meetingId: meeting.id, position: i + 1,
    title: i === 0 ? itemTitles[0]! : i === count - 1 ? 'Eventuelt' : itemTitles[1 + ((i + random.int(0, 7)) % 8)]!,
    description: 'Saksframlegg fra sekretariatet.', closedAt: null as Date | null,
  }))
  rows.AgendaPaper!.push({ id: id(), partnershipId: p.id, agendaItemId: items[1]!.id, fileName: 'saksframlegg.pdf', contentType: 'application/pdf', sizeBytes: PAPER.length, sha256: PAPER_SHA, content: PAPER, createdAt: meeting.startsAt })
  rows.AgendaItem!.push(...items)
  return items
}

function decide(
  random: TRandom, p: TPartnership, item: { id: string; closedAt: Date | null },
  d: { startsAt: Date; year: number; reference: number; allocation: boolean; substantive: boolean; voting: { id: string }[] }, id: () => string, rows: TRows,
) {
  const decisionId = id()
  item.closedAt = new Date(d.startsAt.getTime() + 2 * 3_600_000)
  const vote = d.substantive && random.next() < 0.3
  rows.Decision!.push({
    id: decisionId, partnershipId: p.id, forumId: p.forumId, agendaItemId: item.id, reference: `${d.year}/${d.reference}`,
    decidedOn: d.startsAt, proposal: d.allocation ? `Fordeling av tilskuddet for ${d.year} etter elevtall.` : d.substantive ? 'Sekretariatets forslag til vedtak.' : 'Saken tas til orientering.',
    outcome: vote ? 'VOTE' : 'CONSENSUS', text: d.allocation ? `Tilskuddet for ${d.year} fordeles etter elevtall, med en tidel til UH-partneren.` : d.substantive ? random.pick(decisionTexts) : 'Forumet tar saken til orientering.',
    exemptFromPublic: random.next() < 0.05, createdAt: item.closedAt,
  })
  // Now and then a decision is corrected by a new version with its reason (issue 19); chosen by its
  // number, not by the random stream, so the rest of the seed stays as it was.
  if (d.substantive && d.reference % 7 === 0) {
    const text = rows.Decision!.at(-1)!.text as string
    rows.DecisionCorrection!.push({ id: id(), partnershipId: p.id, decisionId, version: 2, text: `${text} Vedtaket gjelder fra neste skoleår.`, reason: 'Retting: virkningstidspunktet manglet i vedtaksteksten.', createdAt: new Date(item.closedAt.getTime() + 86_400_000) })
  }
  if (!vote) return decisionId
  // A member with a conflict leaves the item and does not vote (the database refuses it otherwise).
  const conflicted = random.next() < 0.3 ? random.pick(d.voting) : null
  if (conflicted) rows.ConflictOfInterest!.push({ id: id(), partnershipId: p.id, agendaItemId: item.id, memberId: conflicted.id, reason: 'Inhabil: egen kommune er part i saken.', createdAt: d.startsAt })
  for (const m of d.voting) {
    if (m === conflicted) continue
    const roll = random.next()
    rows.DecisionVote!.push({ id: id(), partnershipId: p.id, decisionId, memberId: m.id, choice: roll < 0.75 ? 'FOR' : roll < 0.9 ? 'AGAINST' : 'ABSTAIN' })
  }
  return decisionId
}
