/**
 * The national seed's forums: members (owners, UH, member organisations, and the county governor
 * without a vote), ten years of meetings (about six a year) with agenda items, one small paper per
 * meeting, attendance, decisions (a fifth by vote, some with a declared conflict of interest) and
 * approved minutes. The database's rules hold: votes only from voting members without a conflict,
 * one decision per item, minutes approved once.
 */
import { createHash } from 'node:crypto'
import type { PrismaClient } from '@/generated/prisma/client'
import type { createRandom } from './random'
import type { TReference } from './reference'
import type { TPartnership } from './national-structure'
import type { TPeople } from './national-people'
import { insertRows, sample, type TRow } from './national-sql'

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
  const rows: TRows = { ForumMember: [], Meeting: [], AgendaItem: [], Decision: [], AgendaPaper: [], MeetingAttendance: [], ConflictOfInterest: [], DecisionVote: [], Minutes: [] }
  const out: TForumSeeded = { allocationDecision: new Map(), decisions: new Map(), counts: {} }
  const officeOrg = new Map([...ref.governorOffices.values()].map((o) => [o.id, o.organisationId]))
  for (const p of partnerships) {
    const members = forumMembers(p, people, officeOrg.get(p.governorOfficeId)!, id)
    rows.ForumMember!.push(...members)
    const voting = members.filter((m) => m.votingRight)
    for (let year = 2017; year <= 2026; year++) {
      let reference = 0
      MONTHS.forEach((month, mi) => {
        const startsAt = new Date(Date.UTC(year, month - 1, random.int(5, 25), 8 + random.int(0, 4)))
        const status = startsAt > NATIONAL_TODAY ? 'PLANNED' : random.next() < 0.03 ? 'CANCELLED' : 'HELD'
        const meeting = { id: id(), partnershipId: p.id, forumId: p.forumId, title: `Møte i samarbeidsforumet ${mi + 1}/${year}`, startsAt, place: random.pick(['Rådhuset', 'Statsforvalterens lokaler', 'Digitalt (Teams)', 'Høgskolen']), status, createdAt: startsAt }
        rows.Meeting!.push(meeting)
        const held = status === 'HELD'
        const items = agenda(random, p, meeting, id, rows)
        if (!held) return
        for (const m of members) rows.MeetingAttendance!.push({ id: id(), partnershipId: p.id, meetingId: meeting.id, memberId: m.id, present: random.next() < 0.85 })
        // The year's first meeting decides the split of the grant; later meetings decide one or two items.
        const decided = mi === 0 ? [items[2]!] : sample(random, items.slice(1, -1), random.int(1, 2))
        decided.forEach((item, di) => {
          reference += 1
          const decisionId = decide(random, p, item, { startsAt, year, reference, allocation: mi === 0 && di === 0, voting }, id, rows)
          const key = `${p.id}:${year}`
          if (mi === 0 && di === 0) out.allocationDecision.set(key, decisionId)
          else out.decisions.set(key, [...(out.decisions.get(key) ?? []), decisionId])
        })
        // The latest meeting's minutes are still a draft, waiting for the next meeting's approval.
        const last = NATIONAL_TODAY.getTime() - startsAt.getTime() < 45 * 86_400_000
        rows.Minutes!.push({
          id: id(), partnershipId: p.id, meetingId: meeting.id, version: 1, text: `Protokoll fra ${meeting.title}. Sakene ble behandlet som i sakslisten.`,
          status: last ? 'DRAFT' : 'APPROVED', createdAt: startsAt, approvedAt: last ? null : new Date(startsAt.getTime() + 14 * 86_400_000),
        })
      })
    }
  }
  for (const [table, list] of Object.entries(rows)) out.counts[table] = await insertRows(db, table, list)
  return out
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
  d: { startsAt: Date; year: number; reference: number; allocation: boolean; voting: { id: string }[] }, id: () => string, rows: TRows,
) {
  const decisionId = id()
  item.closedAt = new Date(d.startsAt.getTime() + 2 * 3_600_000)
  const vote = !d.allocation && random.next() < 0.2
  rows.Decision!.push({
    id: decisionId, partnershipId: p.id, forumId: p.forumId, agendaItemId: item.id, reference: `${d.year}/${d.reference}`,
    decidedOn: d.startsAt, proposal: d.allocation ? `Fordeling av tilskuddet for ${d.year} etter elevtall.` : 'Sekretariatets forslag til vedtak.',
    outcome: vote ? 'VOTE' : 'CONSENSUS', text: d.allocation ? `Tilskuddet for ${d.year} fordeles etter elevtall, med en tidel til UH-partneren.` : random.pick(decisionTexts),
    exemptFromPublic: random.next() < 0.05, createdAt: item.closedAt,
  })
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
