/**
 * Demo data for measures, development plans and UH visits: each demo partnership gets its plan
 * with all four levels of the Salten mandate and reviews over time, the demo principal's school
 * and the demo kindergarten get their own plans, the demo facilitator works on Salten's measures,
 * and Nord universitet's visits fill this term at the principal's school and other Salten units.
 */
import type { MeasureLevel, PrismaClient } from '@/generated/prisma/client'
import { osloDay } from '@/lib/oslo-time'
import { createUser } from '~tests/factories'
import { addFacilitators, createDevelopmentPlan, createPlanReviews, createUhVisit, type TLevelTexts } from '~tests/factories/measures'
import type { TDemoSeeded } from './demo'

/** The Salten mandate's levels of work (seed 002), in its own words where the source is legible. */
const SALTEN_LEVELS: Record<MeasureLevel, TLevelTexts> = {
  UNIT: {
    signsOfPractice: 'Barn som har behov, får raskt hjelp. Hele personalet jobber med et inkluderende lek- og læringsmiljø. Kollegabasert veiledning er en fast del av arbeidet.',
    pictureOfFuture: 'Profesjonelle læringsfellesskap på hver enhet, der hver enkelt elevs trivsel, læring og utvikling er målet i alt vi gjør: økt kompetanse hos den enkelte lærer og økt læring hos den enkelte elev.',
    methods: 'Skolebasert kompetanseutvikling i PLF: felles tid på den enkelte enhet, inkluderende prosesser, aktiv deltakelse og bidrag fra alle, krav og forventninger til hver enkelt lærer, kollegabasert veiledning. Samisk mangfold og plan for overganger er med i arbeidet.',
  },
  LOCAL_NETWORK: {
    signsOfPractice: 'Aktiv delingskultur mellom enhetene. Åpen dialog og refleksjon. Åpen for å prøve noe nytt; endringsvilje.',
    pictureOfFuture: 'Lokale nettverk i hver kommune, også tverrfaglige (skole, SFO, barnehage, PPT), som styrker den kollektive bevisstheten og læringen og gir større likhet mellom enhetene.',
    methods: 'Nettverkene drives som dialogkonferanser med forarbeid og etterarbeid, blant annet i arbeidsgrupper. Nord universitet bidrar med veiledning og refleksjon. Kommunene følger opp de regionale nettverkene lokalt.',
  },
  REGIONAL_NETWORK: {
    signsOfPractice: 'Aktiv delingskultur. Systematisk, målrettet samhandling på tvers av kommunene. Åpen dialog og refleksjon.',
    pictureOfFuture: 'Regionale nettverk og fagdager ut fra behov og prioriteringer (IKT, tidlig innsats, lesing med mer), der enhetene lærer av hverandre og bruker hverandres styrker.',
    methods: 'Egne nettverk med faglig påfyll, presentasjoner og erfaringsdeling ut fra behov og prioriteringer. Nord universitet bidrar med forskningsbasert kunnskap, erfaringer fra lærerutdanningen og refleksjon.',
  },
  LEADER_NETWORK: {
    signsOfPractice: 'Lederne kjenner innholdet i føringer, rammeverk og lovverk, og leder utviklingsarbeidet på egen enhet sammen med personalet.',
    pictureOfFuture: 'Styrket fokus på lederrollen og på utvikling av profesjonelle læringsfellesskap. Lederutvikling går parallelt med satsingen på utvikling på den enkelte enhet og i den enkelte kommune.',
    methods: 'Regionale ledernettverk for skole, SFO, barnehage og PPT med sektormålene, fagfornyelsen og utvikling av PLF som innhold, og jevnlig evaluering av behov.',
  },
}

/** Nordre Sunnmøre writes nynorsk ("Vegen mot partnarskap"). */
const SUNNMORE_LEVELS: Record<MeasureLevel, TLevelTexts> = {
  UNIT: {
    signsOfPractice: 'Heile personalet deltek i profesjonsfellesskapet, og elevane merkar det i undervisninga.',
    pictureOfFuture: 'Kvar eining har eit profesjonsfellesskap som held fram når partnarskapen er over.',
    methods: 'Fast tid til utviklingsarbeid, kollegarettleiing og utprøving i klasserommet med rettleiing frå UH.',
  },
  LOCAL_NETWORK: {
    signsOfPractice: 'Einingane i kommunen deler erfaringar og materiell.',
    pictureOfFuture: 'Kommunane har lærande nettverk mellom skule, barnehage og PPT.',
    methods: 'Nettverkssamlingar med førearbeid og etterarbeid på kvar eining.',
  },
  REGIONAL_NETWORK: {
    signsOfPractice: 'Ressurslærarar frå alle kommunane møtest og lærer av kvarandre.',
    pictureOfFuture: 'Ein region der skular som er nye i arbeidet, blir kopla på av dei som har kome lenger.',
    methods: 'Regionale fagdagar med Høgskulen i Volda og NTNU, ut frå behova i behovsmeldingane.',
  },
  LEADER_NETWORK: {
    signsOfPractice: 'Rektorane og styrarane leier utviklingsarbeidet og følgjer det opp over tid.',
    pictureOfFuture: 'Eit leiarnettverk som ber partnarskapen vidare.',
    methods: 'Leiarsamlingar kvart semester med tema frå sektormåla og fagfornyinga.',
  },
}

const LEVELS: MeasureLevel[] = ['UNIT', 'LOCAL_NETWORK', 'REGIONAL_NETWORK', 'LEADER_NETWORK']

export async function seedDemoMeasures(db: PrismaClient, seeded: TDemoSeeded) {
  const salten = seeded['salten-kan']
  const sunnmore = seeded['nordre-sunnmore']
  if (!salten || !sunnmore) return
  const secretariat = await db.user.findUnique({ where: { email: 'sekretariat.salten@demo.samkomp.no' } })
  const facilitator = await db.user.findUniqueOrThrow({ where: { email: 'ola.nord@demo.samkomp.no' }, include: { memberships: true } })
  const principal = await db.membership.findFirstOrThrow({ where: { user: { email: 'rita.rektor@demo.samkomp.no' } } })
  const head = await db.membership.findFirst({ where: { user: { email: 'sofie.styrer@demo.samkomp.no' } } })
  const schoolId = principal.unitId!
  const nordId = facilitator.memberships[0]!.organisationId!

  // The partnership plans, with a track of reviews over two school years.
  const saltenPlan = await createDevelopmentPlan(db, {
    partnershipId: salten.partnershipId,
    title: 'Kompetanseutvikling i oppvekstsektoren i Salten 2024–2027',
    startsOn: new Date('2024-08-01'),
    endsOn: new Date('2027-07-31'),
    createdById: secretariat?.id ?? null,
    levels: SALTEN_LEVELS,
  })
  const track = [
    { on: '2024-12-10', stages: ['STARTED', 'NOT_STARTED', 'STARTED', 'STARTED'], note: 'Første samling er holdt; kommunene er i gang i ulikt tempo.' },
    { on: '2025-06-12', stages: ['STARTED', 'STARTED', 'ESTABLISHED', 'STARTED'], note: 'Nettverkene møtes jevnlig; forarbeid og etterarbeid varierer mellom enhetene.' },
    { on: '2026-06-09', stages: ['ESTABLISHED', 'ESTABLISHED', 'ESTABLISHED', 'ESTABLISHED'], note: 'De fleste enhetene har fast tid til PLF; ledernettverket følger opp.' },
  ] as const
  await createPlanReviews(
    db,
    saltenPlan,
    track.flatMap((r) => LEVELS.map((level, i) => ({ level, reviewedOn: new Date(r.on), stage: r.stages[i]!, note: r.note, createdById: secretariat?.id ?? null }))),
  )
  const sunnmorePlan = await createDevelopmentPlan(db, {
    partnershipId: sunnmore.partnershipId,
    title: 'Vegen mot partnarskap – plan for Nordre Sunnmøre 2025–2028',
    startsOn: new Date('2025-01-01'),
    endsOn: new Date('2028-07-31'),
    levels: SUNNMORE_LEVELS,
  })
  await createPlanReviews(db, sunnmorePlan, [
    ...LEVELS.map((level) => ({ level, reviewedOn: new Date('2025-06-15'), stage: 'STARTED' as const, note: 'Oppstart: behovsmeldingane er samla, og UH-partnarane er med.' })),
    ...LEVELS.map((level, i) => ({ level, reviewedOn: new Date('2026-06-15'), stage: i < 2 ? ('ESTABLISHED' as const) : ('STARTED' as const), note: 'Einingane og dei lokale nettverka er godt i gang; regionen og leiarane held fram.' })),
  ])

  // The demo principal's school follows its own track, as a school new to the work would.
  const school = await db.unit.findUniqueOrThrow({ where: { id: schoolId } })
  const schoolPlan = await createDevelopmentPlan(db, {
    partnershipId: salten.partnershipId,
    unitId: schoolId,
    title: `Utviklingsplan for ${school.name} 2025–2027`,
    startsOn: new Date('2025-08-01'),
    endsOn: new Date('2027-07-31'),
    createdById: principal.userId,
    levels: {
      UNIT: {
        signsOfPractice: 'Elever som strever med lesing, får hjelp tidlig. Lærerne observerer hverandres undervisning og gir tilbakemelding.',
        pictureOfFuture: 'Lesing er alles ansvar: alle lærere bruker felles lesestrategier i alle fag.',
        methods: 'PLF-tid hver onsdag, kollegaobservasjon to ganger i semesteret, veiledning fra Nord universitet.',
      },
      LOCAL_NETWORK: {
        signsOfPractice: 'Skolen deler erfaringer med de andre skolene i kommunen.',
        pictureOfFuture: 'Skolen bidrar i det lokale lesenettverket og henter ideer derfra.',
        methods: 'Ressurslæreren deltar i nettverket og legger fram for personalet etterpå.',
      },
    },
  })
  await createPlanReviews(db, schoolPlan, [
    { level: 'UNIT', reviewedOn: new Date('2025-12-12'), stage: 'STARTED', note: 'PLF-tiden er på plass; kollegaobservasjon er prøvd av noen få.', createdById: principal.userId },
    { level: 'LOCAL_NETWORK', reviewedOn: new Date('2025-12-12'), stage: 'NOT_STARTED', note: 'Ressurslæreren er valgt; første nettverksmøte er i februar.', createdById: principal.userId },
    { level: 'UNIT', reviewedOn: new Date('2026-06-15'), stage: 'ESTABLISHED', note: 'Alle team har observert hverandre; lesestrategiene brukes i norsk og samfunnsfag.', createdById: principal.userId },
  ])
  if (head?.unitId) {
    const kindergarten = await db.unit.findUniqueOrThrow({ where: { id: head.unitId } })
    const plan = await createDevelopmentPlan(db, {
      partnershipId: salten.partnershipId,
      unitId: kindergarten.id,
      title: `Utviklingsplan for ${kindergarten.name} 2025–2027`,
      startsOn: new Date('2025-08-01'),
      createdById: head.userId,
      levels: {
        UNIT: {
          signsOfPractice: 'Barn som har behov, får raskt hjelp. De ansatte snakker sammen om leken.',
          pictureOfFuture: 'Et inkluderende lekemiljø der alle barn hører til.',
          methods: 'Refleksjon på avdelingsmøter og veiledning i overgangen til skolen.',
        },
      },
    })
    await createPlanReviews(db, plan, [{ level: 'UNIT', reviewedOn: new Date('2026-01-20'), stage: 'STARTED', note: 'Overgangsplanen med skolen er i gang.', createdById: head.userId }])
  }

  // Facilitators: the demo facilitator and a colleague on Salten's measures; a facilitator of
  // Sunnmøre's first UH partner (not a demo login) on Sunnmøre's.
  const colleague = await createUser(db, { name: 'Hanne Veileder', email: 'hanne.veileder@nord.example' })
  await db.membership.create({ data: { userId: colleague.id, role: 'UNIVERSITY_PARTNER', organisationId: nordId } })
  const saltenMeasures = await db.measure.findMany({ where: { partnershipId: salten.partnershipId }, orderBy: { title: 'asc' } })
  for (const m of saltenMeasures) await addFacilitators(db, m, [facilitator.id, colleague.id])
  const sunnmoreMeasures = await db.measure.findMany({ where: { partnershipId: sunnmore.partnershipId, universityId: { not: null } } })
  if (sunnmoreMeasures[0]?.universityId) {
    const rettleiar = await createUser(db, { name: 'Marit Rettleiar', email: 'marit.rettleiar@uh.example' })
    await db.membership.create({ data: { userId: rettleiar.id, role: 'UNIVERSITY_PARTNER', organisationId: sunnmoreMeasures[0].universityId } })
    for (const m of sunnmoreMeasures.filter((x) => x.universityId === sunnmoreMeasures[0]!.universityId)) await addFacilitators(db, m, [rettleiar.id])
  }

  // The principal's school and the kindergarten take part in Salten's measures.
  const reading = saltenMeasures.find((m) => m.themes.includes('READING'))
  const inclusive = saltenMeasures.find((m) => m.themes.includes('INCLUSIVE_ENVIRONMENT'))
  const take = (measureId: string, unitIds: string[]) =>
    db.measureUnit.createMany({ data: unitIds.map((unitId) => ({ partnershipId: salten.partnershipId, measureId, unitId })), skipDuplicates: true })
  if (reading) await take(reading.id, [schoolId])
  if (inclusive) await take(inclusive.id, [schoolId, ...(head?.unitId ? [head.unitId] : []), ...salten.unitIds.slice(6, 12)])

  // Visits this term, counted back from today so the dashboards always have some.
  const daysAgo = (n: number) => new Date(osloDay(new Date()).getTime() - n * 86_400_000)
  const base = { partnershipId: salten.partnershipId, universityId: nordId, createdById: facilitator.id }
  await createUhVisit(db, { ...base, unitId: schoolId, kind: 'VISIT', visitedOn: daysAgo(40), durationMinutes: 180, measureId: reading?.id ?? null, notes: 'Observasjon i 5. trinn og samtale med lesegruppen. Neste gang: felles gjennomgang av lesestrategiene med hele personalet.' })
  await createUhVisit(db, { ...base, unitId: schoolId, kind: 'SUPERVISION', visitedOn: daysAgo(12), durationMinutes: 90, measureId: reading?.id ?? null, notes: 'Veiledningsmøte med rektor og ressurslærer om hvordan PLF-tiden brukes. Avtalt: kollegaobservasjon i to team før jul.' })
  const others = salten.unitIds.filter((id) => id !== schoolId).slice(0, 3)
  for (const [i, unitId] of others.entries()) {
    await createUhVisit(db, { ...base, unitId, kind: i % 2 ? 'SUPERVISION' : 'VISIT', visitedOn: daysAgo(20 + i * 7), durationMinutes: 120, measureId: reading?.id ?? null, notes: 'Samling i det lokale nettverket: forarbeid gjennomgått, erfaringer fra klasserommet delt.' })
  }
}
