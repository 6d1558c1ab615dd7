import type { PrismaClient } from '@/generated/prisma/client'
import { assignOrderFacilitator, createNeedsReport, createUhOrder } from '~tests/factories/needs'
import { demoPeople, type TDemoSeeded } from './demo'

/**
 * Needs reports and orders to UH for the demo: in Salten, Bodø's submitted report, a joint report
 * from Fauske and Saltdal, an agreed order to Nord universitet with two logged visits and a draft
 * order; in Nordre Sunnmøre, Ålesund's submitted report and a sent order to Høgskulen i Volda.
 * Bodø is the demo school owner's organisation, Nord universitet the demo UH partner's.
 */
export async function seedDemoNeeds(db: PrismaClient, seeded: TDemoSeeded) {
  const year = new Date().getFullYear()
  const salten = seeded['salten-kan']!.partnershipId
  const sunnmore = seeded['nordre-sunnmore']!.partnershipId
  const owner = async (partnershipId: string, number: string) => {
    const org = await db.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number }, partnershipOwners: { some: { partnershipId } } }, select: { id: true } })
    const units = await db.unit.findMany({ where: { ownerId: org.id, active: true }, orderBy: { name: 'asc' }, select: { id: true, kind: true } })
    return { id: org.id, schools: units.filter((u) => u.kind === 'SCHOOL').map((u) => u.id), kindergartens: units.filter((u) => u.kind === 'KINDERGARTEN').map((u) => u.id) }
  }
  const university = (partnershipId: string, shortName: string) =>
    db.organisation.findFirstOrThrow({ where: { shortName, partnershipUniversities: { some: { partnershipId } } }, select: { id: true } })

  // Salten KAN
  const bodo = await owner(salten, '1804')
  const fauske = await owner(salten, '1841')
  const saltdal = await owner(salten, '1840')
  const nord = await university(salten, 'Nord')
  await createNeedsReport(db, {
    partnershipId: salten,
    ownerIds: [bodo.id],
    year,
    submitted: true,
    title: `Behovsmelding Bodø kommune ${year}`,
    summary:
      'Egenvurderingene viser at skolene vil videreutvikle lesing i alle fag og et inkluderende læringsmiljø. ' +
      'Flere skoler ønsker støtte til å bygge profesjonsfellesskap der lærerne prøver ut og drøfter egen praksis.',
    priorities: [
      { theme: 'READING', description: 'Lesing som grunnleggende ferdighet i alle fag på mellomtrinnet og ungdomstrinnet.', unitIds: bodo.schools.slice(0, 4) },
      { theme: 'INCLUSIVE_ENVIRONMENT', description: 'Et trygt og inkluderende læringsmiljø: felles forståelse og praksis mot krenkelser.', unitIds: bodo.schools.slice(2, 6) },
      { theme: 'PLC', description: 'Profesjonsfellesskap med ressurslærere som leder utviklingsarbeidet på egen skole.', unitIds: bodo.schools.slice(0, 2) },
      { theme: 'TRANSITIONS', description: 'Overgangen fra barnehage til skole: felles plan for overføring og tidlig innsats.', unitIds: [...bodo.kindergartens.slice(0, 2), ...bodo.schools.slice(0, 1)] },
    ],
  })
  await createNeedsReport(db, {
    partnershipId: salten,
    ownerIds: [fauske.id, saltdal.id],
    year,
    submitted: true,
    title: `Felles behovsmelding Fauske og Saltdal ${year}`,
    summary: 'Kommunene melder felles behov for lesing og samisk mangfold, og vil samarbeide i et lokalt nettverk på tvers av kommunegrensen.',
    priorities: [
      { theme: 'READING', description: 'Leseopplæring på småtrinnet og tidlig innsats for elever som strever.', unitIds: [...fauske.schools.slice(0, 2), ...saltdal.schools.slice(0, 1)] },
      { theme: 'SAMI_DIVERSITY', description: 'Samisk språk, kultur og samfunnsliv i undervisningen, i samarbeid med lulesamiske miljøer.', unitIds: saltdal.schools.slice(0, 2) },
    ],
  })
  const agreed = await createUhOrder(db, {
    partnershipId: salten,
    universityId: nord.id,
    ownerIds: [bodo.id],
    unitIds: bodo.schools.slice(0, 4),
    status: 'AGREED',
    title: 'Lesing i alle fag – veiledning i profesjonsfellesskapet',
    description: 'Bodø kommune ber Nord universitet om veiledning til ressurslærerne og skoleledelsen på fire skoler, med dialogkonferanser der skolene forbereder seg hjemme og følger opp etterpå.',
    themes: ['READING', 'PLC'],
    startsOn: `${year}-08-15`,
    endsOn: `${year + 1}-06-20`,
    hoursRequested: 160,
    offerHours: 140,
  })
  await db.uhOrder.update({ where: { id: agreed.id }, data: { offerFacilitators: 'Ola Utviklingsveileder og Eva Utviklingsveileder, Nord universitet' } })
  await assignFacilitator(db, agreed, demoPeople.facilitatorSalten.email)
  await db.uhVisit.createMany({
    data: bodo.schools.slice(0, 2).map((unitId, i) => ({
      partnershipId: salten,
      unitId,
      universityId: nord.id,
      orderId: agreed.id,
      kind: i === 0 ? ('VISIT' as const) : ('SUPERVISION' as const),
      visitedOn: new Date(`${year}-${i === 0 ? '09-10' : '10-01'}`),
      durationMinutes: i === 0 ? 180 : 90,
      notes: i === 0 ? 'Observasjon av leseøkter og samtale med ressurslærerne.' : 'Veiledning av skoleledelsen om oppfølging i profesjonsfellesskapet.',
    })),
  })
  await createUhOrder(db, {
    partnershipId: salten,
    universityId: nord.id,
    ownerIds: [bodo.id],
    unitIds: bodo.schools.slice(2, 5),
    status: 'DRAFT',
    title: 'Inkluderende læringsmiljø – skolebasert kompetanseutvikling',
    description: 'Utkast: støtte til tre skoler som vil arbeide med klasseledelse og relasjoner mellom elever og lærere.',
    themes: ['INCLUSIVE_ENVIRONMENT'],
    startsOn: `${year + 1}-01-06`,
    endsOn: `${year + 1}-12-15`,
    hoursRequested: 90,
  })

  // Nordre Sunnmøre
  const alesund = await owner(sunnmore, '1508')
  const volda = await university(sunnmore, 'HVO')
  await createNeedsReport(db, {
    partnershipId: sunnmore,
    ownerIds: [alesund.id],
    year,
    submitted: true,
    title: `Behovsmelding Ålesund kommune ${year}`,
    summary: 'Skulane vil halde fram med fagfornyinga og styrkje leiargruppene, og ønskjer ei felles satsing på matematikk på ungdomstrinnet.',
    priorities: [
      { theme: 'NEW_CURRICULUM', description: 'Djupnelæring og tverrfaglege tema i fagfornyinga.', unitIds: alesund.schools.slice(0, 3) },
      { theme: 'MATHEMATICS', description: 'Matematikk på ungdomstrinnet: utforskande arbeidsmåtar og vurdering for læring.', unitIds: alesund.schools.slice(1, 4) },
      { theme: 'LEADERSHIP', description: 'Leiargruppeutvikling for rektorar og avdelingsleiarar.', unitIds: alesund.schools.slice(0, 2) },
    ],
  })
  const toVolda = await createUhOrder(db, {
    partnershipId: sunnmore,
    universityId: volda.id,
    ownerIds: [alesund.id],
    unitIds: alesund.schools.slice(1, 4),
    status: 'SENT',
    title: 'Matematikk på ungdomstrinnet',
    description: 'Ålesund kommune ber Høgskulen i Volda om rettleiing og samlingar for matematikklærarane på tre ungdomsskular.',
    themes: ['MATHEMATICS'],
    startsOn: `${year}-09-01`,
    endsOn: `${year + 1}-06-15`,
    hoursRequested: 100,
  })
  // Høgskulen i Volda's facilitator answers this order (issue 15: it could never be answered).
  await assignFacilitator(db, toVolda, demoPeople.facilitatorSunnmore.email)
}

/** Assigns a demo UH facilitator to an order, as the university's coordinator would. */
async function assignFacilitator(db: PrismaClient, order: { id: string; partnershipId: string }, email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })
  await assignOrderFacilitator(db, order, user.id)
}
