import type { PrismaClient } from '@/generated/prisma/client'
import { createGatheringRow } from '~tests/factories/networks'
import { createLeaderProgramme, createTrackHistory, trackPath } from '~tests/factories/tracks'
import { demoPeople, type TDemoSeeded } from './demo'

/**
 * Demo tracks (seeds 000 and 002: meet schools where they are, connect the new ones, share
 * strengths): in each partnership most units have a track, set by their owner or the secretariat
 * over the last school years; a few have none yet, so the spread shows them too. The demo
 * principal's school came in as a new school and is established now (its plan tells the same
 * story); the kindergarten head's unit is still being connected.
 */
export async function seedDemoTracks(db: PrismaClient, seeded: TDemoSeeded) {
  const person = async (email: string) => (await db.user.findUnique({ where: { email }, select: { id: true } }))?.id ?? null
  const [owner, saltenSecretariat, sunnmoreSecretariat] = await Promise.all([person(demoPeople.schoolOwnerBodo.email), person(demoPeople.secretariatSalten.email), person(demoPeople.secretariatSunnmore.email)])
  const leaders = await db.membership.findMany({ where: { user: { email: { in: [demoPeople.principal.email, demoPeople.kindergartenHead.email] } }, unitId: { not: null } }, select: { unitId: true, role: true } })
  const school = leaders.find((l) => l.role === 'PRINCIPAL')?.unitId
  const kindergarten = leaders.find((l) => l.role === 'KINDERGARTEN_HEAD')?.unitId

  for (const [slug, secretariat] of [['salten-kan', saltenSecretariat], ['nordre-sunnmore', sunnmoreSecretariat]] as const) {
    const p = seeded[slug]
    if (!p) continue
    const units = await db.unit.findMany({ where: { id: { in: p.unitIds } }, orderBy: { name: 'asc' }, select: { id: true } })
    for (const [i, unit] of units.entries()) {
      const target = { partnershipId: p.partnershipId, unitId: unit.id }
      if (unit.id === school) {
        await createTrackHistory(db, target, [
          { track: 'CONNECTING', reason: 'Ny i arbeidet høsten 2025: kobles på lesenettverket, følges av Nord universitet.', changedAt: new Date('2025-08-20T10:00:00Z'), changedById: owner },
          { track: 'ESTABLISHED', reason: 'PLF-tiden og kollegaobservasjonen er på plass (vurderingen i juni).', changedAt: new Date('2026-06-20T10:00:00Z'), changedById: secretariat },
        ])
      } else if (unit.id === kindergarten) {
        await createTrackHistory(db, target, trackPath(1, new Date('2026-01-15'), owner))
      } else if (i % 5 !== 4) {
        // Four in five units have a track; every third of those has come as far as sharing.
        await createTrackHistory(db, target, trackPath(i % 3 === 0 ? 3 : i % 3 === 1 ? 2 : 1, new Date('2024-08-15'), secretariat))
      }
    }
  }
}

const DAY = 86_400_000
const utcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))

/**
 * Leader-group programmes (seeds 002 and 003): Nordre Sunnmøre's leader-group development in
 * primary school over two years on the new curriculum (2019–2021, its gatherings held), and
 * Salten's regional leader network, leader development alongside each unit's work, running now
 * (a year back and a year ahead, so its upcoming gathering is always inside it).
 */
export async function seedDemoLeaderProgrammes(db: PrismaClient, seeded: TDemoSeeded) {
  const sunnmore = seeded['nordre-sunnmore']
  const salten = seeded['salten-kan']
  if (sunnmore) {
    const network = await db.network.findFirstOrThrow({ where: { partnershipId: sunnmore.partnershipId, name: 'Leiargruppeutvikling i grunnskulen' } })
    await createLeaderProgramme(db, {
      partnershipId: network.partnershipId, networkId: network.id, theme: 'NEW_CURRICULUM', startsOn: new Date('2019-08-01'), endsOn: new Date('2021-06-30'),
      aim: 'Leiargruppene i grunnskulen i dei elleve kommunane arbeider i to år med å implementere fagfornyinga: kva endrar seg i leiinga av undervisninga, og korleis følgjer leiargruppa opp i kollegiet?',
    })
    const gatherings = [
      ['Samling 1: Kva krev fagfornyinga av leiargruppa?', '2019-10-16'],
      ['Samling 2: Djupnelæring og tverrfaglege tema', '2020-02-12'],
      ['Samling 3: Vurdering i den nye læreplanen', '2020-10-14'],
      ['Samling 4: Erfaringsdeling og vegen vidare', '2021-05-05'],
    ] as const
    for (const [title, on] of gatherings) {
      const startsAt = new Date(`${on}T07:00:00Z`)
      await db.gathering.create({ data: { partnershipId: network.partnershipId, networkId: network.id, title, place: 'Ålesund rådhus', startsAt, endsAt: new Date(startsAt.getTime() + 6 * 3_600_000), seatLimit: 40 } })
    }
  }
  if (salten) {
    const network = await db.network.findFirstOrThrow({ where: { partnershipId: salten.partnershipId, type: 'LEADER' } })
    const today = utcDay(new Date())
    await createLeaderProgramme(db, {
      partnershipId: network.partnershipId, networkId: network.id, theme: 'LEADERSHIP', startsOn: new Date(today.getTime() - 365 * DAY), endsOn: new Date(today.getTime() + 365 * DAY),
      aim: 'Lederutvikling parallelt med utviklingen på den enkelte enhet: ledere i skole, SFO, barnehage og PPT leder profesjonelle læringsfellesskap og følger opp nettverkene hjemme.',
    })
    await createGatheringRow(db, network, { title: 'Ledersamling: oppstart av lederprogrammet', daysFromNow: -300, seatLimit: 40, place: 'Bodø rådhus' })
    await createGatheringRow(db, network, { title: 'Ledersamling: analyse av egen enhet', daysFromNow: -120, seatLimit: 40, place: 'Fauske hotell' })
  }
}
