import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createUser, unique } from '~tests/factories'
import { addNetworkPerson, createGatheringRow, createNetworkRow, createTaskRow } from '~tests/factories/networks'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { addGatheringTask } from './add-gathering-task'
import { addNetworkMember } from './add-network-member'
import { addNetworkUnit } from './add-network-unit'
import { addMaterial } from './add-material'
import { saveStrength } from './save-strength'
import { cancelRegistration } from './cancel-registration'
import { createNetwork } from './create-network'
import { getNetworksDashboard } from './dashboard'
import { planGathering } from './plan-gathering'
import { getGatheringCalendar, getMaterialFile } from './downloads'
import { getGathering } from './get-gathering'
import { getNetwork } from './get-network'
import { getNetworks } from './get-networks'
import { recordGatheringAttendance } from './record-gathering-attendance'
import { registerForGathering } from './register-for-gathering'
import { remindPreWork } from './remind-pre-work'
import { submitTaskWork } from './submit-task-work'

const { prisma } = await createTestDb({ demo: true })
const actorOf = async (userId: string): Promise<Actor> => (await loadActor(prisma, userId))!
const actorFor = async (email: string): Promise<Actor> => actorOf((await prisma.user.findUniqueOrThrow({ where: { email } })).id)
const audits = (action: string) => prisma.auditLog.count({ where: { action } })
const outbox = (kind: string) => prisma.emailOutbox.findMany({ where: { kind }, orderBy: { createdAt: 'asc' } })

let secretariat: Actor
let sunnmoreSecretariat: Actor
let principal: Actor
let head: Actor
let ola: Actor
let salten: { id: string }
let sunnmore: { id: string }
let principalUnit: string
let headUnit: string

beforeAll(async () => {
  secretariat = await actorFor(demoPeople.secretariatSalten.email)
  sunnmoreSecretariat = await actorFor(demoPeople.secretariatSunnmore.email)
  principal = await actorFor(demoPeople.principal.email)
  head = await actorFor(demoPeople.kindergartenHead.email)
  ola = await actorFor(demoPeople.universityPartner.email)
  salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
  sunnmore = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'nordre-sunnmore' } })
  principalUnit = principal.memberships[0]!.unitId!
  headUnit = head.memberships[0]!.unitId!
})

/** A fresh network in Salten with the principal's and head's units, and a person in it. */
async function network(coordinatorId?: string) {
  const n = await createNetworkRow(prisma, { partnershipId: salten.id, unitIds: [principalUnit, headUnit] })
  if (coordinatorId) await addNetworkPerson(prisma, n, coordinatorId, 'COORDINATOR')
  return n
}

/**
 * A person employed by Bodø kommune (a resource teacher, say): the platform knows staff through a
 * membership, and an owner's membership is the nearest role a teacher has.
 */
async function person(name: string, data: { email?: string; locale?: string } = {}) {
  const u = await createUser(prisma, { name, ...data })
  const bodo = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1804' } } })
  await prisma.membership.create({ data: { userId: u.id, role: 'SCHOOL_OWNER', organisationId: bodo.id } })
  return u
}

/** `count` new people who are members of the network, as actors. */
async function members(n: { id: string; partnershipId: string }, count: number) {
  const actors: Actor[] = []
  for (let i = 0; i < count; i++) {
    const u = await person(unique('Deltaker'))
    await addNetworkPerson(prisma, n, u.id, 'RESOURCE_TEACHER')
    actors.push(await actorOf(u.id))
  }
  return actors
}

describe('networks: the secretariat keeps them', () => {
  it('creates a network in its own partnership, with an audit row; nobody else can', async () => {
    const before = await audits('network.create')
    const made = await createNetwork(prisma, secretariat, { partnershipId: salten.id, name: 'Fagnettverk matematikk', type: 'SUBJECT', description: 'Matematikk på mellomtrinnet' })
    expect(made).toMatchObject({ ok: true, done: 'networkCreated' })
    expect(await audits('network.create')).toBe(before + 1)
    expect(await createNetwork(prisma, secretariat, { partnershipId: salten.id, name: 'fagnettverk MATEMATIKK', type: 'SUBJECT' })).toMatchObject({ ok: false, error: 'duplicate', fields: ['name'] })
    // Another tenant's partnership, a principal, and bad input: nothing is written.
    expect(await createNetwork(prisma, secretariat, { partnershipId: sunnmore.id, name: 'Inntrenger', type: 'LOCAL' })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await createNetwork(prisma, principal, { partnershipId: salten.id, name: 'Rektors nettverk', type: 'LOCAL' })).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await createNetwork(prisma, secretariat, { partnershipId: salten.id, name: 'X', type: 'NOPE' })).toMatchObject({ ok: false, error: 'invalid', fields: expect.arrayContaining(['name', 'type']) as string[] })
    expect(await prisma.network.count({ where: { name: { in: ['Inntrenger', 'Rektors nettverk', 'X'] } } })).toBe(0)
    expect(await audits('network.create')).toBe(before + 1)
  })

  it('adds units of the partnership only, and people by their account, making one a coordinator', async () => {
    const n = await createNetworkRow(prisma, { partnershipId: salten.id })
    const sunnmoreUnit = await prisma.unit.findFirstOrThrow({ where: { owner: { partnershipOwners: { some: { partnershipId: sunnmore.id } } } } })
    expect(await addNetworkUnit(prisma, secretariat, { networkId: n.id, unitId: principalUnit })).toMatchObject({ ok: true, done: 'unitAdded' })
    expect(await addNetworkUnit(prisma, secretariat, { networkId: n.id, unitId: principalUnit })).toMatchObject({ ok: false, error: 'duplicate' })
    expect(await addNetworkUnit(prisma, secretariat, { networkId: n.id, unitId: sunnmoreUnit.id })).toMatchObject({ ok: false, error: 'unitNotInPartnership' })
    expect(await addNetworkUnit(prisma, sunnmoreSecretariat, { networkId: n.id, unitId: principalUnit })).toMatchObject({ ok: false, error: 'notFound' })

    expect(await addNetworkMember(prisma, secretariat, { networkId: n.id, email: 'ukjent@kommune.no', role: 'PARTICIPANT' })).toMatchObject({ ok: false, error: 'unknownPerson', fields: ['email'] })
    expect(await addNetworkMember(prisma, secretariat, { networkId: n.id, email: demoPeople.universityPartner.email.toUpperCase(), role: 'UH_FACILITATOR' })).toMatchObject({ ok: true })
    expect(await addNetworkMember(prisma, secretariat, { networkId: n.id, email: demoPeople.universityPartner.email, role: 'COORDINATOR' })).toMatchObject({ ok: true })
    const detail = await getNetwork(prisma, ola, n.id)
    expect(detail?.people).toEqual([expect.objectContaining({ name: demoPeople.universityPartner.name, role: 'COORDINATOR' })])
    expect(detail?.canCoordinate).toBe(true)
    expect(detail?.canManage).toBe(false)
    expect((await getNetwork(prisma, secretariat, n.id))?.canManage).toBe(true)
  })

  it('lists the networks of the partnerships the actor sees, its own first; never another tenant', async () => {
    const { networks } = await getNetworks(prisma, principal)
    expect(networks.length).toBeGreaterThan(0)
    expect(networks[0]!.mine).toBe(true)
    const sunnmoreNetwork = await prisma.network.findFirstOrThrow({ where: { partnershipId: sunnmore.id } })
    expect(networks.some((n) => n.id === sunnmoreNetwork.id)).toBe(false)
    expect(await getNetwork(prisma, principal, sunnmoreNetwork.id)).toBeNull()
    expect(await getNetwork(prisma, principal, 'not-a-uuid')).toBeNull()
  })
})

describe('gatherings: planning, invitations, registration and the waiting list', () => {
  it('a coordinator plans a gathering in Oslo time, and invitations go to the network people and unit leaders', async () => {
    const n = await network(ola.userId)
    await addNetworkPerson(prisma, n, (await createUser(prisma, { name: unique('Ressurslærer'), email: `rl.${crypto.randomUUID()}@skole.no` })).id, 'RESOURCE_TEACHER')
    const before = (await outbox('gathering.invitation')).length
    const planned = await planGathering(prisma, ola, { networkId: n.id, title: 'Dialogkonferanse lesing', startsAt: '2027-03-10T09:00', endsAt: '2027-03-10T15:00', seatLimit: '20', place: 'Bodø' })
    expect(planned).toMatchObject({ ok: true, done: 'gatheringPlanned' })
    const g = await prisma.gathering.findUniqueOrThrow({ where: { id: planned.ok ? planned.id : '' } })
    expect(g.startsAt.toISOString()).toBe('2027-03-10T08:00:00.000Z')
    const mails = (await outbox('gathering.invitation')).slice(before)
    // Ola (coordinator), the resource teacher, Rita (principal) and Sofie (head): four, once each.
    expect(mails.map((m) => m.to)).toHaveLength(4)
    expect(mails.map((m) => m.to)).toEqual(expect.arrayContaining([demoPeople.kindergartenHead.email, demoPeople.principal.email, demoPeople.universityPartner.email, expect.stringMatching(/^rl\./)]))
    expect(mails[0]!.subject).toContain('Dialogkonferanse lesing')
    // Not a coordinator here: the principal; another tenant's secretariat; bad times.
    expect(await planGathering(prisma, principal, { networkId: n.id, title: 'Rektors samling', startsAt: '2027-03-10T09:00', endsAt: '2027-03-10T15:00', seatLimit: '5' })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await planGathering(prisma, sunnmoreSecretariat, { networkId: n.id, title: 'Fremmed samling', startsAt: '2027-03-10T09:00', endsAt: '2027-03-10T15:00', seatLimit: '5' })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await planGathering(prisma, ola, { networkId: n.id, title: 'Baklengs', startsAt: '2027-03-10T15:00', endsAt: '2027-03-10T09:00', seatLimit: '5' })).toMatchObject({ ok: false, error: 'endsBeforeStart', fields: ['endsAt'] })
    expect(await planGathering(prisma, ola, { networkId: n.id, title: 'Null plasser', startsAt: '2027-03-10T09:00', endsAt: '2027-03-10T15:00', seatLimit: '0' })).toMatchObject({ ok: false, error: 'invalid', fields: ['seatLimit'] })
    // A day that does not exist, and an hour past 23, are refused on their field, never rolled over.
    expect(await planGathering(prisma, ola, { networkId: n.id, title: 'Umulig dag', startsAt: '2027-02-30T09:00', endsAt: '2027-03-10T15:00', seatLimit: '5' })).toMatchObject({ ok: false, error: 'invalid', fields: ['startsAt'] })
    expect(await planGathering(prisma, ola, { networkId: n.id, title: 'Umulig time', startsAt: '2027-03-10T09:00', endsAt: '2027-03-10T24:30', seatLimit: '5' })).toMatchObject({ ok: false, error: 'invalid', fields: ['endsAt'] })
    expect(await prisma.gathering.count({ where: { networkId: n.id } })).toBe(1)
  })

  it('gives seats up to the limit, then the waiting list; a cancel moves the first waiting up, in order', async () => {
    const n = await network()
    const g = await createGatheringRow(prisma, n, { seatLimit: 2 })
    const [a, b, c, d] = await members(n, 4)
    expect(await registerForGathering(prisma, a!, { gatheringId: g.id })).toMatchObject({ ok: true, done: 'registered' })
    expect(await registerForGathering(prisma, b!, { gatheringId: g.id })).toMatchObject({ ok: true, done: 'registered' })
    expect(await registerForGathering(prisma, c!, { gatheringId: g.id })).toMatchObject({ ok: true, done: 'waitingListed' })
    expect(await registerForGathering(prisma, d!, { gatheringId: g.id })).toMatchObject({ ok: true, done: 'waitingListed' })
    expect(await registerForGathering(prisma, a!, { gatheringId: g.id })).toMatchObject({ ok: false, error: 'alreadyRegistered' })
    expect((await getGathering(prisma, d!, n.id, g.id))?.mine).toEqual({ status: 'WAITING', queuePosition: 2 })

    const seatMails = (await outbox('gathering.seat')).length
    expect(await cancelRegistration(prisma, a!, { gatheringId: g.id })).toMatchObject({ ok: true, done: 'cancelled' })
    const status = async (actor: Actor) => (await prisma.gatheringRegistration.findUniqueOrThrow({ where: { gatheringId_userId: { gatheringId: g.id, userId: actor.userId } } })).status
    expect([await status(a!), await status(b!), await status(c!), await status(d!)]).toEqual(['CANCELLED', 'REGISTERED', 'REGISTERED', 'WAITING'])
    expect((await outbox('gathering.seat')).slice(seatMails).map((m) => m.to)).toEqual([(await prisma.user.findUniqueOrThrow({ where: { id: c!.userId } })).email])
    // Registering again after cancelling puts a at the end of the queue, behind d.
    expect(await registerForGathering(prisma, a!, { gatheringId: g.id })).toMatchObject({ ok: true, done: 'waitingListed' })
    expect(await cancelRegistration(prisma, b!, { gatheringId: g.id })).toMatchObject({ ok: true })
    expect([await status(a!), await status(d!)]).toEqual(['WAITING', 'REGISTERED'])
    // Cancelling a place on the waiting list frees no seat.
    expect(await cancelRegistration(prisma, a!, { gatheringId: g.id })).toMatchObject({ ok: true })
    expect(await prisma.gatheringRegistration.count({ where: { gatheringId: g.id, status: 'REGISTERED' } })).toBe(2)
    expect(await cancelRegistration(prisma, a!, { gatheringId: g.id })).toMatchObject({ ok: false, error: 'notRegistered' })
    expect(await audits('gathering.cancel')).toBeGreaterThanOrEqual(3)
  })

  it('emails the person who moves up, in their language', async () => {
    const n = await network()
    const g = await createGatheringRow(prisma, n, { seatLimit: 1, title: 'Full samling' })
    const first = await person(unique('Først'), { email: `forst.${crypto.randomUUID()}@skole.no` })
    const second = await person(unique('Nummer to'), { email: `to.${crypto.randomUUID()}@skole.no`, locale: 'en' })
    for (const u of [first, second]) await addNetworkPerson(prisma, n, u.id)
    await registerForGathering(prisma, await actorOf(first.id), { gatheringId: g.id })
    await registerForGathering(prisma, await actorOf(second.id), { gatheringId: g.id })
    await cancelRegistration(prisma, await actorOf(first.id), { gatheringId: g.id })
    const mail = (await prisma.emailOutbox.findFirstOrThrow({ where: { kind: 'gathering.seat', to: second.email! } }))
    expect(mail.subject).toBe('You have a seat: Full samling')
  })

  it('lets only network people and leaders of member units register; never after the start', async () => {
    const n = await network()
    const g = await createGatheringRow(prisma, n)
    expect(await registerForGathering(prisma, principal, { gatheringId: g.id })).toMatchObject({ ok: true, done: 'registered' })
    expect(await registerForGathering(prisma, head, { gatheringId: g.id })).toMatchObject({ ok: true })
    const owner = await actorFor(demoPeople.schoolOwnerBodo.email)
    expect(await registerForGathering(prisma, owner, { gatheringId: g.id })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await registerForGathering(prisma, sunnmoreSecretariat, { gatheringId: g.id })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await registerForGathering(prisma, principal, { gatheringId: 'nope' })).toMatchObject({ ok: false, error: 'invalid' })
    const past = await createGatheringRow(prisma, n, { daysFromNow: -1 })
    expect(await registerForGathering(prisma, principal, { gatheringId: past.id })).toMatchObject({ ok: false, error: 'started' })
  })

  it('the database refuses a seat beyond the limit even from a writer that skips the use case', async () => {
    const n = await network()
    const g = await createGatheringRow(prisma, n, { seatLimit: 1 })
    const [a, b] = await members(n, 2)
    await prisma.gatheringRegistration.create({ data: { partnershipId: n.partnershipId, gatheringId: g.id, userId: a!.userId, status: 'REGISTERED' } })
    await expect(prisma.gatheringRegistration.create({ data: { partnershipId: n.partnershipId, gatheringId: g.id, userId: b!.userId, status: 'REGISTERED' } })).rejects.toThrow(/full|seat_limit/)
    await expect(prisma.gatheringRegistration.create({ data: { partnershipId: sunnmore.id, gatheringId: g.id, userId: b!.userId, status: 'WAITING' } })).rejects.toThrow(/partnership|tenant/)
  })

  it('gives the calendar file to a person with a seat only', async () => {
    const n = await network()
    const g = await createGatheringRow(prisma, n, { seatLimit: 1 })
    const [a, b] = await members(n, 2)
    await registerForGathering(prisma, a!, { gatheringId: g.id })
    await registerForGathering(prisma, b!, { gatheringId: g.id })
    expect((await getGatheringCalendar(prisma, a!, g.id))?.title).toBe(g.title)
    expect(await getGatheringCalendar(prisma, b!, g.id)).toBeNull()
    expect(await getGatheringCalendar(prisma, sunnmoreSecretariat, g.id)).toBeNull()
  })

  it('the coordinator records attendance for those with a seat', async () => {
    const n = await network(ola.userId)
    const g = await createGatheringRow(prisma, n, { seatLimit: 1 })
    const [a, b] = await members(n, 2)
    await registerForGathering(prisma, a!, { gatheringId: g.id })
    await registerForGathering(prisma, b!, { gatheringId: g.id })
    const seats = await prisma.gatheringRegistration.findMany({ where: { gatheringId: g.id }, orderBy: { registeredAt: 'asc' } })
    expect(await recordGatheringAttendance(prisma, ola, { gatheringId: g.id, present: [seats[1]!.id] })).toMatchObject({ ok: false, error: 'notRegistered' })
    expect(await recordGatheringAttendance(prisma, principal, { gatheringId: g.id, present: [seats[0]!.id] })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await recordGatheringAttendance(prisma, ola, { gatheringId: g.id, present: [seats[0]!.id] })).toMatchObject({ ok: true, done: 'attendanceSaved' })
    expect((await prisma.gatheringRegistration.findUniqueOrThrow({ where: { id: seats[0]!.id } })).attended).toBe(true)
    expect((await getGathering(prisma, ola, n.id, g.id))?.registrations.map((r) => r.status)).toEqual(['REGISTERED', 'WAITING'])
    expect((await getGathering(prisma, a!, n.id, g.id))?.registrations).toEqual([])
  })
})

describe('dialogue conference: pre-work, post-work and reminders', () => {
  it('units hand in their work; the coordinator sees unit × task and reminds those missing', async () => {
    const n = await network(ola.userId)
    const g = await createGatheringRow(prisma, n, { title: 'Dialogkonferanse' })
    expect(await addGatheringTask(prisma, ola, { gatheringId: g.id, kind: 'PRE_WORK', text: 'Kartlegg lesing i to fag', dueOn: '2027-01-15' })).toMatchObject({ ok: true })
    expect(await addGatheringTask(prisma, ola, { gatheringId: g.id, kind: 'POST_WORK', text: 'Refleksjonslogg', dueOn: 'not a date' })).toMatchObject({ ok: false, error: 'invalid', fields: ['dueOn'] })
    expect(await addGatheringTask(prisma, ola, { gatheringId: g.id, kind: 'POST_WORK', text: 'Refleksjonslogg', dueOn: '2027-02-29' })).toMatchObject({ ok: false, error: 'invalid', fields: ['dueOn'] })
    expect(await addGatheringTask(prisma, principal, { gatheringId: g.id, kind: 'PRE_WORK', text: 'Rektors oppgave', dueOn: '2027-01-15' })).toMatchObject({ ok: false, error: 'notFound' })
    const post = await createTaskRow(prisma, g, { kind: 'POST_WORK', text: 'Refleksjonslogg etter samlingen' })
    const pre = await prisma.gatheringTask.findFirstOrThrow({ where: { gatheringId: g.id, kind: 'PRE_WORK' } })

    expect(await submitTaskWork(prisma, principal, { taskId: pre.id, unitId: principalUnit, text: 'Vi kartla norsk og naturfag.' })).toMatchObject({ ok: true, done: 'workSubmitted' })
    expect(await submitTaskWork(prisma, principal, { taskId: pre.id, unitId: principalUnit, text: 'Vi kartla norsk, naturfag og KRLE.' })).toMatchObject({ ok: true })
    // Someone else's unit, and a unit outside the network.
    expect(await submitTaskWork(prisma, principal, { taskId: pre.id, unitId: headUnit, text: 'Ikke min enhet' })).toMatchObject({ ok: false, error: 'forbidden' })
    const outside = await createNetworkRow(prisma, { partnershipId: salten.id })
    const outsideTask = await createTaskRow(prisma, await createGatheringRow(prisma, outside), { kind: 'PRE_WORK' })
    expect(await submitTaskWork(prisma, principal, { taskId: outsideTask.id, unitId: principalUnit, text: 'Feil nettverk' })).toMatchObject({ ok: false, error: 'notMemberUnit' })
    expect(await submitTaskWork(prisma, principal, { taskId: post.id, unitId: principalUnit, text: ' ' })).toMatchObject({ ok: false, error: 'invalid', fields: ['text'] })
    expect(await prisma.taskSubmission.findMany({ where: { unitId: principalUnit, task: { gatheringId: g.id } }, select: { text: true } })).toEqual([{ text: 'Vi kartla norsk, naturfag og KRLE.' }])

    const seen = await getGathering(prisma, ola, n.id, g.id)
    expect(seen?.progress.find((p) => p.unitId === principalUnit)?.done).toEqual({ [pre.id]: true, [post.id]: false })
    expect(seen?.progress.find((p) => p.unitId === headUnit)?.done).toEqual({ [pre.id]: false, [post.id]: false })
    expect((await getGathering(prisma, principal, n.id, g.id))?.progress).toEqual([])
    expect((await getGathering(prisma, principal, n.id, g.id))?.myUnits).toEqual([{ id: principalUnit, name: expect.any(String) as string, submissions: { [pre.id]: 'Vi kartla norsk, naturfag og KRLE.' } }])

    const before = await prisma.emailOutbox.count({ where: { kind: 'gathering.prework.reminder' } })
    expect(await remindPreWork(prisma, principal, { gatheringId: g.id })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await remindPreWork(prisma, ola, { gatheringId: g.id })).toMatchObject({ ok: true, done: 'remindersSent', values: { units: 1, emails: 1 } })
    const reminders = await prisma.emailOutbox.findMany({ where: { kind: 'gathering.prework.reminder' }, skip: before })
    expect(reminders.map((r) => r.to)).toEqual([demoPeople.kindergartenHead.email])
    expect(reminders[0]!.text).toContain('Kartlegg lesing i to fag')
  })
})

describe('materials and strengths', () => {
  it('members share links and checked files, searchable; everyone who reads the network sees them', async () => {
    const n = await network(ola.userId)
    const pdf = new File([new TextEncoder().encode('%PDF-1.4\n% Lesestrategier\n')], 'Lesestrategier.pdf', { type: 'application/pdf' })
    expect(await addMaterial(prisma, principal, { networkId: n.id, title: 'Lesestrategier i naturfag', description: 'Et opplegg fra 6. trinn', file: pdf })).toMatchObject({ ok: true, done: 'materialAdded' })
    // A file input left empty still sends a File of size 0: that is a link without a file.
    expect(await addMaterial(prisma, ola, { networkId: n.id, title: 'Udir om lesing', url: 'https://www.udir.no/laring-og-trivsel/lareplanverket/grunnleggende-ferdigheter/', file: new File([], '') })).toMatchObject({ ok: true })
    // Neither, both, an unsafe link, a program dressed as a PDF, and someone outside the network.
    expect(await addMaterial(prisma, principal, { networkId: n.id, title: 'Ingenting' })).toMatchObject({ ok: false, error: 'linkOrFile' })
    expect(await addMaterial(prisma, principal, { networkId: n.id, title: 'Begge', url: 'https://a.no', file: pdf })).toMatchObject({ ok: false, error: 'linkOrFile' })
    expect(await addMaterial(prisma, principal, { networkId: n.id, title: 'Usikker', url: 'http://a.no' })).toMatchObject({ ok: false, error: 'invalid', fields: ['url'] })
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00])], 'program.pdf')
    expect(await addMaterial(prisma, principal, { networkId: n.id, title: 'Program', file: exe })).toMatchObject({ ok: false, error: 'fileType', fields: ['file'] })
    const owner = await actorFor(demoPeople.schoolOwnerBodo.email)
    expect(await addMaterial(prisma, owner, { networkId: n.id, title: 'Eierens lenke', url: 'https://bodo.kommune.no' })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await prisma.networkMaterial.count({ where: { networkId: n.id } })).toBe(2)

    const all = await getNetwork(prisma, owner, n.id)
    expect(all?.materials.map((m) => m.title).sort()).toEqual(['Lesestrategier i naturfag', 'Udir om lesing'])
    expect(all?.canShare).toBe(false)
    expect((await getNetwork(prisma, owner, n.id, 'naturFAG'))?.materials.map((m) => m.title)).toEqual(['Lesestrategier i naturfag'])
    expect((await getNetwork(prisma, owner, n.id, '6. trinn'))?.materials.map((m) => m.title)).toEqual(['Lesestrategier i naturfag'])
    expect((await getNetwork(prisma, owner, n.id, 'matematikk'))?.materials).toEqual([])
    const fileId = all!.materials.find((m) => m.fileName)!.id
    const file = await getMaterialFile(prisma, owner, n.id, fileId)
    expect(file?.contentType).toBe('application/pdf')
    expect(await getMaterialFile(prisma, sunnmoreSecretariat, n.id, fileId)).toBeNull()
  })

  it("a unit's leader writes what the unit is good at, shown in the network; not for another unit", async () => {
    const n = await network()
    expect(await saveStrength(prisma, principal, { networkId: n.id, unitId: principalUnit, text: 'Vi er gode på leseopplæring på småtrinnet.' })).toMatchObject({ ok: true, done: 'strengthSaved' })
    expect(await saveStrength(prisma, principal, { networkId: n.id, unitId: principalUnit, text: 'Leseopplæring og tilpasset opplæring.' })).toMatchObject({ ok: true })
    expect(await saveStrength(prisma, principal, { networkId: n.id, unitId: headUnit, text: 'Ikke min enhet' })).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await saveStrength(prisma, principal, { networkId: n.id, unitId: principalUnit, text: 'x' })).toMatchObject({ ok: false, error: 'invalid', fields: ['text'] })
    const outside = await createNetworkRow(prisma, { partnershipId: salten.id })
    expect(await saveStrength(prisma, principal, { networkId: outside.id, unitId: principalUnit, text: 'Feil nettverk' })).toMatchObject({ ok: false, error: 'notMemberUnit' })
    const seen = await getNetwork(prisma, secretariat, n.id)
    expect(seen?.strengths).toEqual([{ unitId: principalUnit, unitName: expect.any(String) as string, text: 'Leseopplæring og tilpasset opplæring.' }])
    expect((await getNetwork(prisma, principal, n.id))?.myUnits).toEqual([{ id: principalUnit, name: expect.any(String) as string, strength: 'Leseopplæring og tilpasset opplæring.' }])
  })
})

describe('the dashboard piece', () => {
  it('shows the principal its networks and open tasks, the coordinator missing pre-work, the county governor participation', async () => {
    const forPrincipal = await getNetworksDashboard(prisma, principal)
    expect(forPrincipal?.myNetworks.length).toBeGreaterThan(0)
    expect(forPrincipal?.openTasks.some((task) => task.text.startsWith('Kartlegg hvordan lesing'))).toBe(true)
    const forOla = await getNetworksDashboard(prisma, ola)
    expect(forOla?.coordinating.some((g) => g.title.startsWith('Dialogkonferanse: lesing') && g.missingPreWork > 0)).toBe(true)
    const governor = await actorFor(demoPeople.countyGovernorNordland.email)
    const forGovernor = await getNetworksDashboard(prisma, governor)
    const reading = forGovernor?.participation.find((p) => p.name === 'Regionalt nettverk lesing')
    expect(reading).toMatchObject({ held: 1, registered: 4 })
    expect(reading!.attended).toBe(3)
    expect(forGovernor?.participation.some((p) => p.partnershipName === 'Nordre Sunnmøre')).toBe(false)
    // The platform administrator reaches every network but coordinates and joins none: participation only.
    const forAdmin = await getNetworksDashboard(prisma, await actorFor(demoPeople.platformAdmin.email))
    expect(forAdmin?.participation.some((p) => p.partnershipName === 'Nordre Sunnmøre')).toBe(true)
    expect(forAdmin?.participation.find((p) => p.name === 'Regionalt nettverk lesing')).toMatchObject({ held: 1, registered: 4, attended: 3 })
    expect([forAdmin?.coordinating, forAdmin?.nextGatherings, forAdmin?.myNetworks, forAdmin?.openTasks]).toEqual([[], [], [], []])
    const nobody = await actorOf((await createUser(prisma, { name: unique('Uten roller') })).id)
    await expect(getNetworksDashboard(prisma, nobody)).rejects.toThrow(/Forbidden/)
  })
})
