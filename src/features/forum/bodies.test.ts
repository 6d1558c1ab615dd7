import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { addOrganisation } from '@/features/organisations/add-organisation'
import { addAgendaItem } from './add-agenda-item'
import { addForumMember } from './add-forum-member'
import { correctDecision } from './correct-decision'
import { createBody } from './create-body'
import { getForum } from './get-forum'
import { getPublicJournal } from './get-public-journal'
import { markMeetingHeld } from './mark-meeting-held'
import { planMeeting } from './plan-meeting'
import { recordCirculationDecision } from './record-circulation-decision'
import { recordDecision } from './record-decision'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const audits = (action: string) => prisma.auditLog.count({ where: { action } })

let secretariat: Actor
let governor: Actor
let salten: { id: string; countyId: string }
let reference = 1
const nextReference = () => `2026/${700 + reference++}`

beforeAll(async () => {
  secretariat = await actorFor(demoPeople.secretariatSalten.email)
  governor = await actorFor(demoPeople.countyGovernorNordland.email)
  salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' }, select: { id: true, countyId: true } })
})

async function steeringGroup(compositionRule: 'NONE' | 'ONE_PER_MUNICIPALITY' = 'NONE') {
  const name = `Styringsgruppe ${crypto.randomUUID()}`
  const created = await createBody(prisma, secretariat, { partnershipId: salten.id, kind: 'STEERING_GROUP', name, periodStart: '2026-01-01', periodEnd: '2027-12-31', compositionRule })
  if (!created.ok) throw new Error(created.error)
  return created.id
}

describe('organisations and bodies (issue 20)', () => {
  it('county governor staff add an organisation in their county; the secretariat seats it in a steering group with a chair', async () => {
    const before = await audits('organisation.add')
    const name = `NHO Nordland ${crypto.randomUUID().slice(0, 8)}`
    const added = await addOrganisation(prisma, governor, { name, shortName: 'NHO', memberType: 'EMPLOYERS', countyId: salten.countyId })
    expect(added).toMatchObject({ ok: true, done: 'added' })
    expect(await audits('organisation.add')).toBe(before + 1)
    expect(await addOrganisation(prisma, governor, { name: name.toUpperCase(), memberType: 'EMPLOYERS', countyId: salten.countyId })).toMatchObject({ ok: false, error: 'duplicateName' })
    // Another office's county is not theirs; the secretariat adds no organisations at all.
    const other = await prisma.county.findFirstOrThrow({ where: { NOT: { governorOffice: { partnerships: { some: { id: salten.id } } } } } })
    expect(await addOrganisation(prisma, governor, { name: 'LO Et annet fylke', memberType: 'UNION', countyId: other.id })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await addOrganisation(prisma, secretariat, { name: 'LO Nordland', memberType: 'UNION', countyId: salten.countyId })).toMatchObject({ ok: false, error: 'forbidden' })

    const bodyId = await steeringGroup()
    const nho = await prisma.organisation.findFirstOrThrow({ where: { name } })
    const member = { forumId: bodyId, personName: 'Nora Næringsliv', organisationId: nho.id, representation: 'OTHER', votingRight: 'on', isChair: 'on', periodStart: '2026-01-01' }
    expect(await addForumMember(prisma, secretariat, member)).toMatchObject({ ok: true, done: 'memberAdded' })
    const body = (await getForum(prisma, secretariat, bodyId))!
    expect(body).toMatchObject({ kind: 'STEERING_GROUP', compositionRule: 'NONE', missingOwners: [] })
    expect(body.members).toEqual([expect.objectContaining({ personName: 'Nora Næringsliv', isChair: true, organisationName: name })])
    expect(body.organisations.map((o) => o.id)).toContain(nho.id)
  })

  it('refuses an organisation the body may not name, a second collaboration forum and another partnership', async () => {
    const bodyId = await steeringGroup()
    const elsewhere = await prisma.organisation.create({ data: { kind: 'MEMBER_ORGANISATION', memberType: 'UNION', name: `Fagforening annet fylke ${crypto.randomUUID()}`, countyId: (await prisma.county.findFirstOrThrow({ where: { NOT: { id: salten.countyId } } })).id } })
    expect(await addForumMember(prisma, secretariat, { forumId: bodyId, personName: 'Feil Organisasjon', organisationId: elsewhere.id, representation: 'UNION', periodStart: '2026-01-01' })).toMatchObject({ ok: false, error: 'notFound', fields: ['organisationId'] })
    expect(await createBody(prisma, secretariat, { partnershipId: salten.id, kind: 'COLLABORATION_FORUM', name: 'Et forum til', periodStart: '2026-01-01', compositionRule: 'NONE' })).toMatchObject({ ok: false, error: 'forumExists' })
    const sunnmore = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'nordre-sunnmore' } })
    expect(await createBody(prisma, secretariat, { partnershipId: sunnmore.id, kind: 'EXPERT_GROUP', name: 'Faggruppe', periodStart: '2026-01-01', compositionRule: 'NONE' })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await createBody(prisma, secretariat, { partnershipId: salten.id, kind: 'EXPERT_GROUP', name: 'Faggruppe', periodStart: '2026-01-01', periodEnd: '2025-01-01', compositionRule: 'NONE' })).toMatchObject({ ok: false, error: 'periodOrder' })
  })

  it('one principal per municipality: lists the municipalities without theirs, and a deputy does not count', async () => {
    const bodyId = await steeringGroup('ONE_PER_MUNICIPALITY')
    const owners = await prisma.partnershipOwner.findMany({ where: { partnershipId: salten.id, leftOn: null, owner: { kind: 'MUNICIPALITY' } } })
    expect((await getForum(prisma, secretariat, bodyId))!.missingOwners).toHaveLength(owners.length)
    const [first, second] = owners
    await addForumMember(prisma, secretariat, { forumId: bodyId, personName: 'Rektor En', organisationId: first!.ownerId, representation: 'SCHOOL_OWNER', votingRight: 'on', periodStart: '2026-01-01' })
    await addForumMember(prisma, secretariat, { forumId: bodyId, personName: 'Vara To', organisationId: second!.ownerId, representation: 'SCHOOL_OWNER', isDeputy: 'on', periodStart: '2026-01-01' })
    const missing = (await getForum(prisma, secretariat, bodyId))!.missingOwners.map((o) => o.id)
    expect(missing).toHaveLength(owners.length - 1)
    expect(missing).not.toContain(first!.ownerId)
    expect(missing).toContain(second!.ownerId)
  })
})

describe('decision rules for every body (issue 19)', () => {
  it('a future meeting decides only once marked held; the steering group decision is its own', async () => {
    const bodyId = await steeringGroup()
    const future = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10)
    const planned = await planMeeting(prisma, secretariat, { forumId: bodyId, title: 'Styringsgruppemøte', startsAt: `${future}T10:00` })
    if (!planned.ok) throw new Error(planned.error)
    const added = await addAgendaItem(prisma, secretariat, { meetingId: planned.id, title: 'Årets prioriteringer' })
    if (!added.ok) throw new Error(added.error)
    const item = await prisma.agendaItem.findFirstOrThrow({ where: { meetingId: planned.id } })
    const decision = { agendaItemId: item.id, reference: nextReference(), proposal: 'Prioritere lesing.', outcome: 'CONSENSUS', text: 'Lesing prioriteres.' }
    expect(await recordDecision(prisma, secretariat, decision)).toMatchObject({ ok: false, error: 'notHeld' })
    expect(await prisma.decision.count({ where: { agendaItemId: item.id } })).toBe(0)
    expect(await markMeetingHeld(prisma, secretariat, { meetingId: planned.id })).toMatchObject({ ok: true, done: 'meetingHeld' })
    expect(await markMeetingHeld(prisma, secretariat, { meetingId: planned.id })).toMatchObject({ ok: false, error: 'locked' })
    expect(await recordDecision(prisma, secretariat, decision)).toMatchObject({ ok: true, done: 'decided' })
    // Only a collaboration forum makes the yearly recommendation: the database refuses one here.
    const recorded = await prisma.decision.findFirstOrThrow({ where: { agendaItemId: item.id } })
    await expect(prisma.recommendation.create({ data: { partnershipId: salten.id, forumId: bodyId, year: 2031, version: 1 } })).rejects.toThrow(/collaboration forum/)
    expect(recorded.forumId).toBe(bodyId)
  })

  it('records a decision by circulation, not for a day to come; corrects it by a new version that the journal shows', async () => {
    const bodyId = await steeringGroup()
    const ref = nextReference()
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10)
    const input = { forumId: bodyId, reference: ref, decidedOn: future, proposal: 'Vedta mandatet.', text: 'Mandatet vedtas.' }
    expect(await recordCirculationDecision(prisma, secretariat, input)).toMatchObject({ ok: false, error: 'futureDate', fields: ['decidedOn'] })
    expect(await recordCirculationDecision(prisma, secretariat, { ...input, decidedOn: '2026-11-20' })).toMatchObject({ ok: true, done: 'decided' })
    expect(await recordCirculationDecision(prisma, secretariat, { ...input, decidedOn: '2026-11-20' })).toMatchObject({ ok: false, error: 'duplicateReference' })
    const decision = await prisma.decision.findFirstOrThrow({ where: { forumId: bodyId, reference: ref } })
    expect(decision).toMatchObject({ byCirculation: true, agendaItemId: null, outcome: 'CONSENSUS' })

    expect(await correctDecision(prisma, secretariat, { decisionId: decision.id, text: 'Mandatet vedtas.', reason: 'Ingen endring' })).toMatchObject({ ok: false, error: 'unchanged' })
    const before = await audits('decision.correct')
    expect(await correctDecision(prisma, secretariat, { decisionId: decision.id, text: 'Mandatet vedtas med endringene fra møtet.', reason: 'Endringene manglet' })).toMatchObject({ ok: true, done: 'corrected' })
    expect(await correctDecision(prisma, secretariat, { decisionId: decision.id, text: 'Mandatet vedtas med endringene.', reason: 'Språk' })).toMatchObject({ ok: true })
    expect(await audits('decision.correct')).toBe(before + 2)
    expect((await prisma.decision.findUniqueOrThrow({ where: { id: decision.id } })).text).toBe('Mandatet vedtas.')
    const body = (await getForum(prisma, secretariat, bodyId))!
    expect(body.circulationDecisions[0]).toMatchObject({ text: 'Mandatet vedtas med endringene.', originalText: 'Mandatet vedtas.', corrections: [expect.objectContaining({ version: 3, reason: 'Språk' }), expect.objectContaining({ version: 2 })] })

    const entry = (await getPublicJournal(prisma, 'salten-kan'))!.entries.find((e) => e.reference === ref)!
    expect(entry).toMatchObject({ byCirculation: true, text: 'Mandatet vedtas med endringene.', originalText: 'Mandatet vedtas.' })
    expect(entry.corrections.map((c) => c.reason)).toEqual(['Språk', 'Endringene manglet'])
    // A correction is never changed.
    const correction = await prisma.decisionCorrection.findFirstOrThrow({ where: { decisionId: decision.id, version: 2 } })
    await expect(prisma.decisionCorrection.update({ where: { id: correction.id }, data: { text: 'Skjult endring' } })).rejects.toThrow(/never changed/)
  })
})
