import type { PrismaClient } from '@/generated/prisma/client'
import { createUser } from '~tests/factories'
import { addNetworkPerson, createGatheringRow, createTaskRow } from '~tests/factories/networks'
import { demoPeople, type TDemoSeeded } from './demo'

/**
 * Demo data for learning networks: in each demo partnership a regional network with coordinators,
 * people, an upcoming gathering run as a dialogue conference (pre-work, post-work, some units
 * done) and a gathering already held with attendance; in Salten also a full leader network
 * gathering with a waiting list. The demo principal's and kindergarten head's units are members,
 * and their own pre-work is still missing, so their dashboard has a task.
 */
export async function seedDemoNetworks(db: PrismaClient, seeded: TDemoSeeded) {
  const salten = seeded['salten-kan']
  const sunnmore = seeded['nordre-sunnmore']
  const user = (email: string) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })
  const people = {
    ola: await user(demoPeople.universityPartner.email),
    rita: await user(demoPeople.principal.email),
    sofie: await user(demoPeople.kindergartenHead.email),
  }
  const leaderUnits = (await db.membership.findMany({ where: { userId: { in: [people.rita.id, people.sofie.id] }, unitId: { not: null } }, select: { unitId: true } })).map((m) => m.unitId!)

  if (salten) {
    const reading = await db.network.findFirstOrThrow({ where: { partnershipId: salten.partnershipId, name: 'Regionalt nettverk lesing' } })
    await addNetworkPerson(db, reading, people.ola.id, 'COORDINATOR')
    await addNetworkPerson(db, reading, people.rita.id, 'PRINCIPAL')
    const teachers = await resourceTeachers(db, reading, ['Lise Ressurslærer', 'Tor Ressurslærer', 'Anne Ressurslærer'], 'salten')
    await dialogueConference(db, reading, {
      title: 'Dialogkonferanse: lesing på tvers av fag',
      place: 'Nord universitet, Bodø (Mørkvedtråkket 1)',
      programme:
        '09.00 Velkommen og rammer for dagen\n09.15 Forelesning: Lesing som grunnleggende ferdighet i alle fag (Nord universitet)\n10.30 Dialoggrupper: hva viste forarbeidet hjemme?\n12.00 Lunsj\n12.45 Erfaringsdeling: hver enhet forteller om ett grep som virket\n14.00 Plan for etterarbeidet i PLF\n15.00 Avslutning',
      seatLimit: 30,
      pre: 'Kartlegg hvordan lesing brukes i to fag på enheten, og ta med ett eksempel på elevarbeid til samlingen.',
      post: 'Skriv en refleksjonslogg etter at personalet har prøvd ut ett grep fra samlingen: hva gjorde dere, og hva så dere hos elevene?',
      registrants: [people.ola.id, ...teachers],
      done: 4,
      skipUnits: leaderUnits,
    })
    await shareDemoMaterial(db, reading, people.ola.id, [
      { title: 'Lesing som grunnleggende ferdighet (Udir)', description: 'Rammeverket for grunnleggende ferdigheter: hva lesing betyr i hvert fag.', url: 'https://www.udir.no/laring-og-trivsel/lareplanverket/grunnleggende-ferdigheter/' },
      { title: 'Dialogkonferanse: mal for forarbeid', description: 'Spørsmål til personalmøtet før samlingen, med plass til elevarbeid.', url: 'https://www.udir.no/kvalitet-og-kompetanse/samarbeid/' },
    ])
    await strengths(db, reading, [
      'Vi har fått til lesevenn-ordning på tvers av trinn, og deler gjerne oppskriften.',
      'Kollegaveiledning i PLF: vi observerer hverandre i leseøkter og gir tilbakemelding.',
    ], leaderUnits)
    const leaders = await db.network.findFirstOrThrow({ where: { partnershipId: salten.partnershipId, type: 'LEADER' } })
    await addNetworkPerson(db, leaders, people.rita.id, 'PRINCIPAL')
    await addNetworkPerson(db, leaders, people.sofie.id, 'PRINCIPAL')
    const full = await createGatheringRow(db, leaders, {
      title: 'Ledersamling: ledelse av profesjonelle læringsfellesskap',
      daysFromNow: 45,
      seatLimit: 3,
      place: 'Fauske hotell',
      programme: 'Lederrollen i PLF, kollegabasert veiledning og plan for overganger barnehage–skole.',
    })
    await register(db, full, teachers)
    await register(db, full, [people.ola.id])
  }

  if (sunnmore) {
    const network = await db.network.findFirstOrThrow({ where: { partnershipId: sunnmore.partnershipId, name: 'Regionalt nettverk fagfornyinga' } })
    const teachers = await resourceTeachers(db, network, ['Ingrid Ressurslærar', 'Sindre Ressurslærar'], 'sunnmore')
    // Kari is Høgskulen i Volda's facilitator (seeded with the people, demo.ts).
    const coordinator = await user(demoPeople.facilitatorSunnmore.email)
    await addNetworkPerson(db, network, coordinator.id, 'COORDINATOR')
    await shareDemoMaterial(db, network, coordinator.id, [
      { title: 'Djupnelæring i fagfornyinga (Udir)', description: 'Kva djupnelæring er, og korleis de kan arbeide med det i fag.', url: 'https://www.udir.no/laring-og-trivsel/lareplanverket/fagfornyelsen/' },
    ])
    await strengths(db, network, ['Tverrfagleg arbeid med folkehelse og livsmeistring på mellomtrinnet.'], [])
    await dialogueConference(db, network, {
      title: 'Nettverkssamling: djupnelæring i fagfornyinga',
      place: 'Høgskulen i Volda',
      programme: '09.30 Opning\n10.00 Djupnelæring i praksis (Høgskulen i Volda)\n11.30 Gruppearbeid om førearbeidet\n13.00 Plan for etterarbeid',
      seatLimit: 25,
      pre: 'Vel ein tverrfagleg undervisningsøkt de har gjennomført, og skriv kort kva som fremja djupnelæring.',
      post: 'Refleksjonslogg: kva endra de i eiga undervisning etter samlinga?',
      registrants: [coordinator.id, ...teachers],
      done: 3,
      skipUnits: [],
    })
  }
}

/** A held gathering (with attendance) and an upcoming one (with tasks, some units done, registrations). */
async function dialogueConference(
  db: PrismaClient,
  network: { id: string; partnershipId: string },
  c: { title: string; place: string; programme: string; seatLimit: number; pre: string; post: string; registrants: string[]; done: number; skipUnits: string[] },
) {
  const held = await createGatheringRow(db, network, { title: `${c.title} (del 1)`, daysFromNow: -60, seatLimit: c.seatLimit, place: c.place, programme: c.programme })
  await register(db, held, c.registrants)
  const seats = await db.gatheringRegistration.findMany({ where: { gatheringId: held.id }, orderBy: { registeredAt: 'asc' } })
  for (const [i, s] of seats.entries()) await db.gatheringRegistration.update({ where: { id: s.id }, data: { attended: i % 4 !== 3 } })
  await createTaskRow(db, held, { kind: 'PRE_WORK', text: c.pre })

  const next = await createGatheringRow(db, network, { title: `${c.title} (del 2)`, daysFromNow: 21, seatLimit: c.seatLimit, place: c.place, programme: c.programme })
  const pre = await createTaskRow(db, next, { kind: 'PRE_WORK', text: c.pre })
  await createTaskRow(db, next, { kind: 'POST_WORK', text: c.post })
  await register(db, next, c.registrants.slice(0, 2))
  const units = await db.networkUnit.findMany({ where: { networkId: network.id, unitId: { notIn: c.skipUnits } }, orderBy: { unit: { name: 'asc' } }, take: c.done, select: { unitId: true } })
  await db.taskSubmission.createMany({
    data: units.map((u) => ({ partnershipId: network.partnershipId, taskId: pre.id, unitId: u.unitId, text: 'Vi kartla lesing i norsk og naturfag. Eksempel på elevarbeid ligger i mappen til samlingen.' })),
  })
}

/** Registrations in order, one second apart: seats first, then the waiting list. */
async function register(db: PrismaClient, gathering: { id: string; partnershipId: string; seatLimit: number }, userIds: string[]) {
  const taken = await db.gatheringRegistration.count({ where: { gatheringId: gathering.id, status: 'REGISTERED' } })
  const base = Date.now() - 86_400_000
  await db.gatheringRegistration.createMany({
    data: userIds.map((userId, i) => ({
      partnershipId: gathering.partnershipId,
      gatheringId: gathering.id,
      userId,
      status: taken + i < gathering.seatLimit ? ('REGISTERED' as const) : ('WAITING' as const),
      registeredAt: new Date(base + i * 1000),
    })),
  })
}

/**
 * The network's resource teachers, each with a login: a RESOURCE_TEACHER membership at one of the
 * network's schools in turn, so they reach their unit's plans, visits and the network's gatherings.
 */
async function resourceTeachers(db: PrismaClient, network: { id: string; partnershipId: string }, names: string[], tag: string) {
  const schools = await db.networkUnit.findMany({ where: { networkId: network.id, unit: { kind: 'SCHOOL', levels: { has: 'PRIMARY' } } }, orderBy: { unit: { name: 'asc' } }, select: { unitId: true } })
  const ids: string[] = []
  for (const [i, name] of names.entries()) {
    const u = await createUser(db, { name, email: `${name.split(' ')[0]!.toLowerCase()}.${tag}@demo.samkomp.no` })
    await addNetworkPerson(db, network, u.id, 'RESOURCE_TEACHER')
    const school = schools[i % schools.length]
    if (school) await db.membership.create({ data: { userId: u.id, role: 'RESOURCE_TEACHER', unitId: school.unitId } })
    ids.push(u.id)
  }
  return ids
}

async function shareDemoMaterial(db: PrismaClient, network: { id: string; partnershipId: string }, addedById: string, links: { title: string; description: string; url: string }[]) {
  await db.networkMaterial.createMany({ data: links.map((l) => ({ partnershipId: network.partnershipId, networkId: network.id, addedById, ...l })) })
}

/** Strengths for the first units of the network, leaving out the demo leaders' own so they can write theirs. */
async function strengths(db: PrismaClient, network: { id: string; partnershipId: string }, texts: string[], skipUnits: string[]) {
  const units = await db.networkUnit.findMany({ where: { networkId: network.id, unitId: { notIn: skipUnits } }, orderBy: { unit: { name: 'asc' } }, take: texts.length, select: { unitId: true } })
  await db.unitStrength.createMany({ data: units.map((u, i) => ({ partnershipId: network.partnershipId, networkId: network.id, unitId: u.unitId, text: texts[i]! })) })
}
