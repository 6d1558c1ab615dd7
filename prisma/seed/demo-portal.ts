import type { PrismaClient } from '@/generated/prisma/client'
import { addModuleRows, createResourceRow, standardModules } from '~tests/factories/portal'
import { demoPeople, type TDemoSeeded } from './demo'

/**
 * Demo data for the resource portal (issue 18): a public package from Nord universitet, a package
 * and a teaching plan shared within each partnership, a link for everyone logged in, and in Salten
 * the demo principal's team halfway through the mathematics package, so the owner and UH see
 * progress at once.
 */
export async function seedDemoPortal(db: PrismaClient, seeded: TDemoSeeded) {
  const salten = seeded['salten-kan']
  const sunnmore = seeded['nordre-sunnmore']
  const byName = (name: string) => db.organisation.findFirst({ where: { name: { contains: name } }, select: { id: true } })
  const nord = await byName('Nord universitet')
  const volda = await byName('Høgskulen i Volda')
  const ola = await db.user.findUniqueOrThrow({ where: { email: demoPeople.universityPartner.email }, select: { id: true } })

  const reading = await createResourceRow(db, {
    title: 'Lesing i alle fag',
    summary: 'Kompetansepakke for hele personalet om lesing som grunnleggende ferdighet i alle fag, med film, tekster og oppgaver mellom samlingene.',
    body: 'Pakken følger Udirs modell: en innledning, fagmoduler med tekst eller film, oppgaver og arbeidsprosesser i profesjonelle læringsfellesskap, og en avslutning. Den passer for hele personalet eller for team over seks uker til ti måneder.',
    visibility: 'PUBLIC', themes: ['READING', 'PLC'], audiences: ['TEACHER', 'LEADER'], levels: ['PRIMARY', 'LOWER_SECONDARY'], grades: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    curricula: ['NOR01-06'], competenceAims: ['KM1240'], durationWeeks: 12, licence: 'CC_BY_4', language: 'NB', authorOrganisationId: nord?.id ?? null, createdById: ola.id,
  })
  await addModuleRows(db, reading.id, standardModules('lesing'))

  await createResourceRow(db, {
    kind: 'LINK', title: 'Udirs kompetansepakker', summary: 'Utdanningsdirektoratets egne kompetansepakker for skolebasert kompetanseutvikling.',
    url: 'https://www.udir.no/kvalitet-og-kompetanse/', visibility: 'LOGGED_IN', themes: ['NEW_CURRICULUM', 'PLC'], audiences: ['TEACHER', 'LEADER', 'OWNER'], licence: 'NLOD', language: 'NB',
  })

  if (salten) {
    const maths = await createResourceRow(db, {
      partnershipId: salten.partnershipId, visibility: 'PARTNERSHIP',
      title: 'Matematikksamtaler på mellomtrinnet',
      summary: 'Hvordan lærere leder gode matematiske samtaler om brøk og algoritmer på 5.–7. trinn.',
      body: 'Utviklet av Nord universitet for skolene i Salten KAN, til bruk i trinnteam.',
      themes: ['MATHEMATICS'], audiences: ['TEACHER'], levels: ['PRIMARY'], grades: [5, 6, 7], curricula: ['MAT01-05'], competenceAims: ['KM2601', 'KM2602'],
      durationWeeks: 16, licence: 'CC_BY_SA_4', language: 'NB', authorOrganisationId: nord?.id ?? null, createdById: ola.id,
    })
    const modules = await addModuleRows(db, maths.id, standardModules('matematikksamtaler'))
    await createResourceRow(db, {
      partnershipId: salten.partnershipId, visibility: 'PARTNERSHIP', kind: 'TEACHING_PLAN', title: 'Undervisningsopplegg: tallinja på 3. trinn',
      summary: 'Tre økter med tallinja som tenkeredskap.', themes: ['MATHEMATICS', 'EARLY_INTERVENTION'], audiences: ['TEACHER'], levels: ['PRIMARY'], grades: [3],
      curricula: ['MAT01-05'], competenceAims: ['KM2568'], licence: 'CC_BY_4', language: 'NB', authorOrganisationId: nord?.id ?? null, createdById: ola.id,
    })
    const rita = await db.membership.findFirst({ where: { user: { email: demoPeople.principal.email }, unitId: { not: null } }, select: { userId: true, unitId: true } })
    if (rita?.unitId) {
      const use = await db.resourceUse.create({ data: { partnershipId: salten.partnershipId, resourceId: maths.id, unitId: rita.unitId, team: 'Trinnteam 5–7', currentModuleId: modules[1]!.id, startedById: rita.userId } })
      await db.resourceUseModule.create({ data: { partnershipId: salten.partnershipId, useId: use.id, moduleId: modules[0]!.id, doneById: rita.userId } })
    }
  }

  if (sunnmore) {
    const inclusive = await createResourceRow(db, {
      partnershipId: sunnmore.partnershipId, visibility: 'PARTNERSHIP',
      title: 'Inkluderande læringsmiljø i barnehage og skule',
      summary: 'Kompetansepakke frå Høgskulen i Volda om eit trygt og inkluderande læringsmiljø, for personalet i barnehagar og skular.',
      themes: ['INCLUSIVE_ENVIRONMENT', 'TRANSITIONS'], audiences: ['TEACHER', 'KINDERGARTEN', 'LEADER'], levels: ['KINDERGARTEN', 'PRIMARY'], durationWeeks: 20,
      licence: 'CC_BY_4', language: 'NN', authorOrganisationId: volda?.id ?? null,
    })
    await addModuleRows(db, inclusive.id, [
      { kind: 'INTRODUCTION', title: 'Innleiing: kva er eit inkluderande miljø?', durationWeeks: 2 },
      { kind: 'SUBJECT', title: 'Relasjonar mellom barn og vaksne', durationWeeks: 6 },
      { kind: 'CLOSING', title: 'Avslutning: plan for vidare arbeid', durationWeeks: 2 },
    ])
  }
}
