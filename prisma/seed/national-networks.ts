/**
 * The national seed's learning networks in use: people in every network (a coordinator, the
 * units' principals and heads, resource teachers, a UH facilitator in the regional ones), one or
 * two gatherings a year for ten years with about 100,000 registrations in all (seats first, then
 * the waiting list, some cancelled, attendance for the held ones), pre- and post-work with the
 * units' answers in recent years, shared links and files, and what units are good at.
 */
import { createHash } from 'node:crypto'
import type { PrismaClient } from '@/generated/prisma/client'
import type { createRandom } from './random'
import type { TPartnership } from './national-structure'
import type { TPeople } from './national-people'
import { NATIONAL_TODAY } from './national-forum'
import { insertRows, sample, type TRow } from './national-sql'

type TRandom = ReturnType<typeof createRandom>
type TRows = Record<string, TRow[]>
type TNetwork = TPartnership['networks'][number]

const FILE = Buffer.from('Mal for forarbeid til dialogkonferansen\n\n1. Hva har dere prøvd ut?\n2. Hva så dere hos elevene?\n')
const FILE_SHA = createHash('sha256').update(FILE).digest('hex')

export async function seedNetworkActivity(db: PrismaClient, random: TRandom, partnerships: TPartnership[], people: TPeople, id: () => string) {
  const rows: TRows = { NetworkMember: [], Gathering: [], GatheringRegistration: [], GatheringTask: [], TaskSubmission: [], NetworkMaterial: [], UnitStrength: [] }
  for (const p of partnerships) {
    for (const network of p.networks) {
      const members = networkPeople(random, p, network, people)
      for (const m of members) rows.NetworkMember!.push({ id: id(), partnershipId: p.id, networkId: network.id, userId: m.userId, role: m.role })
      const coordinator = members[0]?.userId ?? null
      // Ten years, and one gathering of next spring already open for registration.
      for (let year = 2017; year <= 2027; year++) {
        for (let g = year === 2027 ? 1 : random.int(1, 2); g > 0; g--) addGathering(random, p, network, { year, userIds: members.map((m) => m.userId) }, id, rows)
      }
      addMaterialAndStrengths(random, p, network, { coordinator, people }, id, rows)
    }
  }
  const counts: Record<string, number> = {}
  // Note: registrations in batches of 500: each row's seat-limit trigger counts the seats taken so far.
  for (const [table, list] of Object.entries(rows)) counts[table] = await insertRows(db, table, list, table === 'GatheringRegistration' ? 500 : 1000)
  return counts
}

function networkPeople(random: TRandom, p: TPartnership, network: TNetwork, people: TPeople) {
  const facilitators = p.universityIds[0] ? (people.facilitators.get(p.universityIds[0]) ?? []) : []
  const out: { userId: string; role: 'COORDINATOR' | 'PRINCIPAL' | 'RESOURCE_TEACHER' | 'UH_FACILITATOR' }[] = []
  const seen = new Set<string>()
  const add = (userId: string | undefined, role: (typeof out)[number]['role']) => {
    if (!userId || seen.has(userId)) return
    seen.add(userId)
    out.push({ userId, role })
  }
  // The coordinator comes first: a UH facilitator where the partnership has UH, else the secretariat.
  add(facilitators.length ? random.pick(facilitators) : people.secretariat.get(p.id)?.[0], 'COORDINATOR')
  if (network.type !== 'LOCAL' && facilitators.length) add(random.pick(facilitators), 'UH_FACILITATOR')
  for (const unitId of network.unitIds) {
    add(people.leaders.get(unitId), 'PRINCIPAL')
    if (network.type !== 'LEADER') for (const t of people.teachers.get(unitId) ?? []) add(t, 'RESOURCE_TEACHER')
  }
  return out
}

function addGathering(random: TRandom, p: TPartnership, network: TNetwork, g: { year: number; userIds: string[] }, id: () => string, rows: TRows) {
  const startsAt = new Date(Date.UTC(g.year, g.year > 2026 ? random.pick([1, 2]) : random.pick([1, 2, 3, 8, 9, 10]), random.int(1, 28), 7))
  const held = startsAt < NATIONAL_TODAY
  const registrants = sample(random, g.userIds, Math.round(g.userIds.length * 0.6))
  const seatLimit = Math.max(1, Math.round(registrants.length * (random.next() < 0.2 ? 0.8 : 1.1)))
  const gatheringId = id()
  rows.Gathering!.push({
    id: gatheringId, partnershipId: p.id, networkId: network.id, title: `Nettverkssamling ${g.year}: ${random.pick(['lesing på tvers av fag', 'inkluderende læringsmiljø', 'vurdering for læring', 'ledelse av PLF'])}`,
    programme: '09.00 Velkommen\n09.15 Faglig innlegg\n10.30 Dialoggrupper om forarbeidet\n12.00 Lunsj\n12.45 Erfaringsdeling\n14.00 Plan for etterarbeidet',
    place: random.pick(['Rådhuset', 'Kulturhuset', 'Høgskolen', 'Digitalt']), startsAt, endsAt: new Date(startsAt.getTime() + 6 * 3_600_000), seatLimit, createdAt: new Date(startsAt.getTime() - 60 * 86_400_000),
  })
  // Seats in order of registration, then the waiting list; a few cancel.
  let taken = 0
  registrants.forEach((userId, i) => {
    const registeredAt = new Date(startsAt.getTime() - 40 * 86_400_000 + i * 60_000)
    const cancelled = random.next() < 0.05
    const status = cancelled ? 'CANCELLED' : taken < seatLimit ? 'REGISTERED' : 'WAITING'
    if (status === 'REGISTERED') taken += 1
    rows.GatheringRegistration!.push({
      id: id(), partnershipId: p.id, gatheringId, userId, status, registeredAt, cancelledAt: cancelled ? new Date(registeredAt.getTime() + 86_400_000) : null,
      attended: status === 'REGISTERED' && held ? random.next() < 0.9 : null,
    })
  })
  const tasks = [{ kind: 'PRE_WORK', text: 'Kartlegg hvordan temaet arbeides med på enheten, og ta med ett eksempel til samlingen.', due: -7 }]
  if (held) tasks.push({ kind: 'POST_WORK', text: 'Skriv en refleksjonslogg etter at personalet har prøvd ut ett grep fra samlingen.', due: 30 })
  for (const t of tasks) {
    const taskId = id()
    const dueOn = new Date(startsAt.getTime() + t.due * 86_400_000)
    rows.GatheringTask!.push({ id: taskId, partnershipId: p.id, gatheringId, kind: t.kind, text: t.text, dueOn, createdAt: rows.Gathering!.at(-1)!.createdAt })
    // Answers are kept from the last years only; earlier tasks had them on paper.
    if (g.year < 2023) continue
    const answering = sample(random, network.unitIds, Math.round(network.unitIds.length * (held ? 0.5 : 0.2)))
    for (const unitId of answering) rows.TaskSubmission!.push({ id: id(), partnershipId: p.id, taskId, unitId, text: 'Vi prøvde ut grepet i to team; elevene deltok mer i samtalene.', submittedById: null, submittedAt: dueOn })
  }
}

function addMaterialAndStrengths(random: TRandom, p: TPartnership, network: TNetwork, ctx: { coordinator: string | null; people: TPeople }, id: () => string, rows: TRows) {
  const base = { partnershipId: p.id, networkId: network.id, addedById: ctx.coordinator, description: 'Delt etter samlingen.' }
  const none = { fileName: null, contentType: null, sizeBytes: null, sha256: null, content: null }
  rows.NetworkMaterial!.push({ ...base, ...none, id: id(), title: 'Lesing som grunnleggende ferdighet (Udir)', url: 'https://www.udir.no/laring-og-trivsel/lareplanverket/grunnleggende-ferdigheter/', createdAt: new Date('2024-02-01') })
  rows.NetworkMaterial!.push({ ...base, ...none, id: id(), title: 'Profesjonsfellesskap (Udir)', url: 'https://www.udir.no/kvalitet-og-kompetanse/profesjonsfellesskap/', createdAt: new Date('2025-03-01') })
  if (random.next() < 0.25) {
    rows.NetworkMaterial!.push({ ...base, id: id(), title: 'Mal for forarbeid', url: null, fileName: 'forarbeid.txt', contentType: 'text/plain', sizeBytes: FILE.length, sha256: FILE_SHA, content: FILE, createdAt: new Date('2025-09-01') })
  }
  for (const unitId of sample(random, network.unitIds, Math.round(network.unitIds.length * 0.3))) {
    rows.UnitStrength!.push({ id: id(), partnershipId: p.id, networkId: network.id, unitId, text: 'Vi har fått til lesevenn-ordning på tvers av trinn, og deler gjerne oppskriften.', updatedById: ctx.people.leaders.get(unitId) ?? null, updatedAt: new Date('2025-10-01') })
  }
}
