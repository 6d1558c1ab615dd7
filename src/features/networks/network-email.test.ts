import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { startSmtpServer } from '~tests/setup/smtp'
import { addNetworkPerson, createNetworkRow } from '~tests/factories/networks'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { deliverOutbox } from '@/server/email/outbox'
import { createMailTransport } from '@/server/email/transport'
import { addGatheringTask } from './add-gathering-task'
import { planGathering } from './plan-gathering'
import { remindPreWork } from './remind-pre-work'

const { prisma } = await createTestDb({ demo: true })
const smtp = await startSmtpServer({ user: 'samkomp', password: 'nettverk' })
afterAll(() => smtp.close())
const transport = createMailTransport({ SMTP_URL: smtp.url, EMAIL_FROM: 'Samkomp test <test@samkomp.no>' })
const receivedBy = (address: string) => smtp.received.filter((m) => m.envelope.to.includes(address))

let ola: Actor
let units: string[]

beforeAll(async () => {
  const actor = async (email: string) => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
  ola = await actor(demoPeople.universityPartner.email)
  units = [(await actor(demoPeople.principal.email)).memberships[0]!.unitId!, (await actor(demoPeople.kindergartenHead.email)).memberships[0]!.unitId!]
  // The kindergarten head reads in nynorsk.
  await prisma.user.update({ where: { email: demoPeople.kindergartenHead.email }, data: { locale: 'nn' } })
})

describe('network email over SMTP (a local server)', () => {
  it('delivers the invitation and the pre-work reminder to the unit leaders, each in their language, with the link', async () => {
    const salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
    const network = await createNetworkRow(prisma, { partnershipId: salten.id, name: 'Nettverk for e-posttest', unitIds: units })
    await addNetworkPerson(prisma, network, ola.userId, 'COORDINATOR')
    const planned = await planGathering(prisma, ola, { networkId: network.id, title: 'Samling om vurdering', startsAt: '2027-02-11T09:00', endsAt: '2027-02-11T15:00', seatLimit: '30', place: 'Fauske' })
    if (!planned.ok) throw new Error(planned.error)
    await addGatheringTask(prisma, ola, { gatheringId: planned.id, kind: 'PRE_WORK', text: 'Ta med en vurderingsoppgave fra 7. trinn', dueOn: '2027-02-01' })
    await remindPreWork(prisma, ola, { gatheringId: planned.id })

    const result = await deliverOutbox(prisma, transport, { limit: 200 })
    expect(result.failed).toBe(0)

    const rita = receivedBy(demoPeople.principal.email).map((m) => m.parsed)
    expect(rita.map((m) => m.subject)).toEqual(['Invitasjon: Samling om vurdering (Nettverk for e-posttest)', 'Påminnelse om forarbeid: Samling om vurdering'])
    expect(rita[0]!.text).toContain('torsdag 11. februar 2027 kl. 09:00')
    expect(rita[0]!.text).toContain(`/nettverk/${network.id}/samlinger/${planned.id}`)
    expect(rita[1]!.text).toContain('Ta med en vurderingsoppgave fra 7. trinn')

    const sofie = receivedBy(demoPeople.kindergartenHead.email).map((m) => m.parsed)
    expect(sofie.map((m) => m.subject)).toEqual(['Invitasjon: Samling om vurdering (Nettverk for e-posttest)', 'Påminning om førearbeid: Samling om vurdering'])
    expect(sofie[1]!.text).toContain('er ikkje levert enno')
  })
})
