/**
 * Demo data: the Salten partnership (Salten KAN, Nordland) and Nordre Sunnmøre (Møre og Romsdal),
 * so that two tenants are visible from the first page. Real municipalities and UH partners; the
 * schools are real names where known with approximate pupil counts, people are invented.
 */
import type { Prisma, PrismaClient } from '@/generated/prisma/client'
import { kroner, splitProportionally } from '@/lib/money'
import { createUnit, createUser } from '~tests/factories'
import { demoPartnerships, type TDemoPartnership } from '../data/demo-partnerships'
import { seedDemoAssessment } from './demo-assessment'
import { seedDemoBodies } from './demo-bodies'
import { seedDemoMeasures } from './demo-measures'
import { seedDemoNeeds } from './demo-needs'
import { seedDemoNetworks } from './demo-networks'
import { seedDemoSurveys } from './demo-surveys'
import { seedDemoStaff } from './demo-staff'
import { seedDemoLeaderProgrammes, seedDemoTracks } from './demo-tracks'
import { seedDemoPortal } from './demo-portal'
import { seedDemoIndicators } from './demo-indicators'
import { seedReference, type TReference } from './reference'

/** What seedDemo made, by partnership slug: the partnership and its units. */
export type TDemoSeeded = Record<string, { partnershipId: string; unitIds: string[] }>

/** One seeded person per role, so a newcomer can try each view (the demo login lists them). */
export const demoPeople = {
  countyGovernorNordland: { name: 'Ingrid Statsforvalter', email: 'ingrid.sf@demo.samkomp.no' },
  secretariatSalten: { name: 'Sekretær Salten', email: 'sekretariat.salten@demo.samkomp.no' },
  forumMemberSalten: { name: 'Kari KS-representant', email: 'kari.ks@demo.samkomp.no' },
  universityPartner: { name: 'Ola Utviklingsveileder', email: 'ola.nord@demo.samkomp.no' },
  schoolOwnerBodo: { name: 'Per Kommunalsjef', email: 'per.bodo@demo.samkomp.no' },
  principal: { name: 'Rektor Rita', email: 'rita.rektor@demo.samkomp.no' },
  kindergartenHead: { name: 'Styrer Sofie', email: 'sofie.styrer@demo.samkomp.no' },
  secretariatSunnmore: { name: 'Sekretær Sunnmøre', email: 'sekretariat.sunnmore@demo.samkomp.no' },
  platformAdmin: { name: 'Plattformadministrator', email: 'admin@demo.samkomp.no' },
  // The schools' own people (issue 15), in both partnerships: teachers and kindergarten staff at
  // the demo leaders' units, resource teachers (seeded with their networks, demo-networks.ts) and
  // UH facilitators assigned to each partnership's order (demo-needs.ts).
  teacherSalten: { name: 'Lærer Lars', email: 'lars.laerer@demo.samkomp.no' },
  kindergartenStaffSalten: { name: 'Pedagogisk leder Pia', email: 'pia.pedleder@demo.samkomp.no' },
  resourceTeacherSalten: { name: 'Lise Ressurslærer', email: 'lise.salten@demo.samkomp.no' },
  facilitatorSalten: { name: 'Eva Utviklingsveileder', email: 'eva.nord@demo.samkomp.no' },
  teacherSunnmore: { name: 'Lærar Liv', email: 'liv.laerar@demo.samkomp.no' },
  kindergartenStaffSunnmore: { name: 'Barnehagelærar Berit', email: 'berit.barnehage@demo.samkomp.no' },
  resourceTeacherSunnmore: { name: 'Ingrid Ressurslærar', email: 'ingrid.sunnmore@demo.samkomp.no' },
  facilitatorSunnmore: { name: 'Kari Utviklingsrettleiar', email: 'kari.hivolda@demo.samkomp.no' },
} as const

export async function seedDemo(db: PrismaClient) {
  const ref = await seedReference(db)
  const result: TDemoSeeded = {}
  for (const demo of demoPartnerships) result[demo.slug] = await seedPartnership(db, ref, demo)
  await seedPeople(db, ref, result)
  // Fauske lets Feide place its staff at once; every other owner keeps the default, the leader's approval (ADR 030).
  await db.organisation.update({ where: { id: ref.municipalities.find((m) => m.number === '1841')!.ownerId }, data: { feideOnboarding: 'IMMEDIATE' } })
  // School development, in the order of the yearly cycle: analyses, needs and orders, measures.
  await seedDemoAssessment(db, result)
  await seedDemoNeeds(db, result)
  await seedDemoMeasures(db, result)
  await seedDemoNetworks(db, result)
  await seedDemoBodies(db, result)
  await seedDemoSurveys(db, result)
  await seedDemoStaff(db)
  await seedDemoTracks(db, result)
  await seedDemoLeaderProgrammes(db, result)
  await seedDemoPortal(db, result)
  await seedDemoIndicators(db, ref)
  return result
}

async function seedPartnership(db: PrismaClient, ref: TReference, demo: TDemoPartnership) {
  const county = ref.counties.find((c) => c.number === demo.countyNumber)!
  const periodStart = new Date(`${demo.periodStart}-01-01`)
  const universityIds = demo.universities.map((u) => ref.universities.get(u)).filter((id): id is string => !!id)

  return db.$transaction(
    async (tx) => {
      const partnership = await tx.partnership.create({
        data: {
          slug: demo.slug,
          name: demo.name,
          countyId: county.id,
          governorOfficeId: county.governorOfficeId,
          description: demo.description,
          periodStart,
          periodEnd: demo.periodEnd ? new Date(`${demo.periodEnd}-12-31`) : null,
        },
      })
      const owners = demo.municipalities.map((m) => ref.municipalities.find((x) => x.number === m.number)!)
      const countyOwner = ref.countyOwners.get(demo.countyNumber)!
      const ownerIds = [...owners.map((o) => o.ownerId), ...(demo.upperSecondary.length ? [countyOwner] : [])]
      await tx.partnershipOwner.createMany({ data: ownerIds.map((ownerId) => ({ partnershipId: partnership.id, ownerId, joinedOn: periodStart })) })
      await tx.partnershipUniversity.createMany({ data: universityIds.map((universityId) => ({ partnershipId: partnership.id, universityId })) })

      const unitIds: string[] = []
      const unitsByMunicipality = new Map<string, string[]>()
      for (const m of demo.municipalities) {
        const municipality = owners.find((o) => o.number === m.number)!
        const ids: string[] = []
        for (const school of m.schools) {
          const unit = await createUnit(tx, {
            name: school.name,
            kind: 'SCHOOL',
            levels: school.levels,
            pupilCount: school.pupils,
            staffFteCenti: Math.round((school.pupils / 9) * 100),
            writtenLanguage: school.language === 'nn' ? 'NN' : 'NB',
            ownerId: municipality.ownerId,
            municipalityId: municipality.id,
          })
          ids.push(unit.id)
        }
        for (const kindergarten of m.kindergartens) {
          const unit = await createUnit(tx, {
            name: kindergarten.name,
            kind: 'KINDERGARTEN',
            levels: ['KINDERGARTEN'],
            pupilCount: kindergarten.children,
            staffFteCenti: Math.round((kindergarten.children / 6) * 100),
            writtenLanguage: kindergarten.language === 'nn' ? 'NN' : 'NB',
            ownerId: municipality.ownerId,
            municipalityId: municipality.id,
          })
          ids.push(unit.id)
        }
        unitsByMunicipality.set(m.number, ids)
        unitIds.push(...ids)
      }
      for (const school of demo.upperSecondary) {
        const municipality = owners.find((o) => o.number === school.municipalityNumber) ?? owners[0]!
        const unit = await createUnit(tx, {
          name: school.name,
          kind: 'SCHOOL',
          levels: ['UPPER_SECONDARY'],
          pupilCount: school.pupils,
          staffFteCenti: Math.round((school.pupils / 8) * 100),
          ownerId: countyOwner,
          municipalityId: municipality.id,
        })
        unitIds.push(unit.id)
      }

      const forum = await tx.forum.create({
        data: { partnershipId: partnership.id, name: demo.forumName, mandate: demo.forumMandate, establishedOn: periodStart },
      })

      for (const network of demo.networks) {
        const created = await tx.network.create({
          data: {
            partnershipId: partnership.id,
            name: network.name,
            type: network.type,
            description: network.description,
            municipalityId: network.municipalityNumber ? owners.find((o) => o.number === network.municipalityNumber)?.id : undefined,
          },
        })
        const members = network.municipalityNumber ? (unitsByMunicipality.get(network.municipalityNumber) ?? []) : unitIds
        await tx.networkUnit.createMany({ data: members.map((unitId) => ({ partnershipId: partnership.id, networkId: created.id, unitId })) })
      }

      // This year's grant, split between the owners by pupils, whole kroner, summing exactly.
      const year = new Date().getFullYear()
      const stateAmountOre = kroner(demo.grantKroner)
      const grantYear = await tx.grantYear.create({ data: { partnershipId: partnership.id, year, stateAmountOre } })
      const pupils = await tx.unit.groupBy({ by: ['ownerId'], where: { id: { in: unitIds } }, _sum: { pupilCount: true } })
      const weights = ownerIds.map((id) => BigInt(pupils.find((p) => p.ownerId === id)?._sum.pupilCount ?? 0))
      const shares = splitProportionally(stateAmountOre, weights, 100n)
      await tx.allocation.createMany({
        data: ownerIds.map((ownerId, i) => ({ partnershipId: partnership.id, grantYearId: grantYear.id, ownerId, computedOre: shares[i]!, adjustedOre: shares[i]! })),
      })
      // The forum's members: the owners (the first four), the UH partners, the union and KS, and
      // the county governor, who takes part without a vote.
      const memberOrgs = await tx.organisation.findMany({ where: { kind: 'MEMBER_ORGANISATION', memberType: { in: ['KS', 'UNION'] } }, orderBy: { name: 'asc' }, take: 2 })
      const governorOrg = await tx.organisation.findFirstOrThrow({ where: { governorOfficeId: county.governorOfficeId } })
      const ownerNames = await tx.organisation.findMany({ where: { id: { in: ownerIds.slice(0, 4) } }, select: { id: true, name: true } })
      const member = (organisationId: string, personName: string, representation: Prisma.ForumMemberCreateManyInput['representation'], votingRight = true) => ({
        partnershipId: partnership.id,
        forumId: forum.id,
        organisationId,
        personName,
        representation,
        votingRight,
        periodStart,
      })
      await tx.forumMember.createMany({
        data: [
          ...ownerNames.map((o, i) => member(o.id, `Representant ${i + 1} for ${o.name}`, 'SCHOOL_OWNER')),
          ...universityIds.map((id, i) => member(id, `UH-representant ${i + 1}`, 'UNIVERSITY')),
          ...memberOrgs.map((o) => member(o.id, `Representant for ${o.shortName ?? o.name}`, o.memberType === 'KS' ? 'KS' : 'UNION')),
          member(governorOrg.id, 'Representant for statsforvalteren', 'COUNTY_GOVERNOR', false),
        ],
      })

      // The forum's decision on this year's split, which the awards follow (forum issue: minutes).
      const decision = await tx.decision.create({
        data: {
          partnershipId: partnership.id,
          forumId: forum.id,
          reference: `${year}/3`,
          decidedOn: new Date(`${year}-01-20`),
          proposal: 'Samarbeidsforumet innstiller på fordeling av årets tilskudd etter elevtall, med en tidel til UH-partneren.',
          outcome: 'CONSENSUS',
          text: 'Fordeling av tilskuddet etter elevtall; en tidel til UH-partneren for veiledning og samlinger.',
        },
      })
      await seedYearInUse(tx, { partnershipId: partnership.id, grantYearId: grantYear.id, decisionId: decision.id, year, stateAmountOre, ownerIds, shares, universityIds, unitIds })
      await tx.auditLog.create({
        data: { partnershipId: partnership.id, action: 'seed', entity: 'Partnership', entityId: partnership.id, data: { source: 'demo' } },
      })
      return { partnershipId: partnership.id, forumId: forum.id, unitIds }
    },
    { timeout: 120_000 },
  )
}

/**
 * A year under way, so the dashboards have something to show: two measures, awards (nine tenths
 * of each owner's share, one tenth to the first UH partner), spending at different paces and
 * co-financing where every third owner is below the required 30 %.
 */
async function seedYearInUse(
  tx: Prisma.TransactionClient,
  y: { partnershipId: string; grantYearId: string; decisionId: string; year: number; stateAmountOre: bigint; ownerIds: string[]; shares: bigint[]; universityIds: string[]; unitIds: string[] },
) {
  const base = { partnershipId: y.partnershipId, grantYearId: y.grantYearId }
  const universityId = y.universityIds[0] ?? null
  // Both measures were prioritised by the forum's decision, so the year's recommendation lists them.
  const decided = { decisionId: y.decisionId }
  const reading = await tx.measure.create({
    data: {
      ...base, ...decided, universityId, priority: 1, budgetOre: (y.stateAmountOre * 6n / 10n / 100n) * 100n,
      title: 'Lesing i alle fag – lokale nettverk', level: 'LOCAL_NETWORK', status: 'ACTIVE', themes: ['READING'], sectorGoals: ['BASIC_SKILLS'],
    },
  })
  const inclusive = await tx.measure.create({
    data: {
      ...base, ...decided, universityId, priority: 2, budgetOre: (y.stateAmountOre * 3n / 10n / 100n) * 100n,
      title: 'Inkluderende læringsmiljø – regional samling', level: 'REGIONAL_NETWORK', status: 'PLANNED', themes: ['INCLUSIVE_ENVIRONMENT'], sectorGoals: ['LEARNING_ENVIRONMENT'],
    },
  })
  await tx.measureUnit.createMany({ data: y.unitIds.slice(0, 6).map((unitId) => ({ partnershipId: y.partnershipId, measureId: reading.id, unitId })) })
  await tx.measureUnit.createMany({ data: y.unitIds.slice(3, 9).map((unitId) => ({ partnershipId: y.partnershipId, measureId: inclusive.id, unitId })) })

  const wholeKroner = (ore: bigint) => (ore / 100n) * 100n
  const awardedOn = new Date(`${y.year}-02-01`)
  const awards = y.ownerIds.map((recipientId, i) => ({ recipientId, amountOre: wholeKroner((y.shares[i]! * 9n) / 10n) }))
  if (universityId) awards.push({ recipientId: universityId, amountOre: wholeKroner(y.stateAmountOre / 10n) })
  const recommendationId = await seedDecidedRecommendation(tx, y, awards.filter((a) => a.amountOre > 0n))
  await tx.award.createMany({ data: awards.filter((a) => a.amountOre > 0n).map((a) => ({ ...base, ...a, awardedOn, decisionId: y.decisionId, recommendationId })) })

  // Spent so far: between 20 and 80 % of the award, on the reading measure.
  const spentOn = new Date(Math.min(Date.parse(`${y.year}-03-15`), Date.now()))
  await tx.spending.createMany({
    data: awards
      .filter((a) => a.amountOre > 0n)
      .map((a, i) => ({ ...base, recipientId: a.recipientId, measureId: reading.id, amountOre: wholeKroner((a.amountOre * BigInt(20 + ((i * 23) % 61))) / 100n), spentOn, description: 'Vikarutgifter og samlinger, vårhalvåret' }))
      .filter((x) => x.amountOre > 0n),
  })
  await tx.coFinancing.createMany({
    data: awards
      .filter((a, i) => i < y.ownerIds.length && a.amountOre > 0n)
      .map((a, i) => ({ ...base, ownerId: a.recipientId, kind: 'MONEY' as const, amountOre: wholeKroner((a.amountOre * (i % 3 === 2 ? 15n : 32n)) / 100n), description: 'Frikjøp av ressurslærere' }))
      .filter((c) => c.amountOre > 0n),
  })
}

/**
 * The year's recommendation (innstilling), taken through its lifecycle as the forum and the county
 * governor would (ADR 037): drafted with the planned amount per owner and UH partner, adopted by
 * the forum's decision, sent, and decided, so the awards name it. Each step is its own write, in
 * the order the database rules allow (a sent version is locked).
 */
async function seedDecidedRecommendation(
  tx: Prisma.TransactionClient,
  y: { partnershipId: string; grantYearId: string; decisionId: string; year: number },
  planned: { recipientId: string; amountOre: bigint }[],
): Promise<string> {
  const decision = await tx.decision.findUniqueOrThrow({ where: { id: y.decisionId }, select: { forumId: true, decidedOn: true } })
  const rec = await tx.recommendation.create({
    data: { partnershipId: y.partnershipId, forumId: decision.forumId, year: y.year, version: 1, note: 'Fordeling etter elevtall, med en tidel til UH-partneren for veiledning og samlinger.' },
  })
  await tx.recommendationLine.createMany({ data: planned.map((p) => ({ partnershipId: y.partnershipId, recommendationId: rec.id, ...p })) })
  const day = (d: number) => new Date(decision.decidedOn.getTime() + d * 86_400_000)
  await tx.recommendation.update({ where: { id: rec.id }, data: { status: 'ADOPTED', decisionId: y.decisionId, adoptedAt: day(0) } })
  await tx.recommendation.update({ where: { id: rec.id }, data: { status: 'SENT', sentAt: day(1) } })
  await tx.recommendation.update({ where: { id: rec.id }, data: { status: 'DECIDED', decidedAt: day(11), vedtakReference: `${y.year}/1041`, grantYearId: y.grantYearId } })
  return rec.id
}

async function seedPeople(db: PrismaClient, ref: TReference, partnerships: Record<string, { partnershipId: string; unitIds: string[] }>) {
  const [salten, sunnmore] = demoPartnerships
  const saltenId = partnerships[salten!.slug]!.partnershipId
  const sunnmoreId = partnerships[sunnmore!.slug]!.partnershipId
  const saltenUnits = await db.unit.findMany({ where: { id: { in: partnerships[salten!.slug]!.unitIds } }, orderBy: { name: 'asc' } })
  const school = saltenUnits.find((u) => u.kind === 'SCHOOL' && u.levels.includes('PRIMARY'))!
  const kindergarten = saltenUnits.find((u) => u.kind === 'KINDERGARTEN')
  const bodo = ref.municipalities.find((m) => m.number === '1804')!
  const nordland = ref.counties.find((c) => c.number === '18')!
  const nordlandOffice = [...ref.governorOffices.values()].find((o) => o.id === nordland.governorOfficeId)!
  const moreOffice = [...ref.governorOffices.values()].find((o) => o.id === ref.counties.find((c) => c.number === '15')!.governorOfficeId)!
  const nord = ref.universities.get(salten!.universities[0]!)!
  const ks = [...ref.memberOrganisations.entries()].find(([name]) => name.startsWith('KS'))?.[1]

  const person = async (p: { name: string; email: string }) => createUser(db, { name: p.name, email: p.email })
  const memberships: Prisma.MembershipCreateManyInput[] = [
    { userId: (await person(demoPeople.countyGovernorNordland)).id, role: 'COUNTY_GOVERNOR_STAFF', organisationId: nordlandOffice.organisationId },
    { userId: (await person(demoPeople.secretariatSalten)).id, role: 'FORUM_SECRETARIAT', organisationId: nordlandOffice.organisationId, partnershipId: saltenId },
    { userId: (await person(demoPeople.universityPartner)).id, role: 'UNIVERSITY_PARTNER', organisationId: nord },
    { userId: (await person(demoPeople.schoolOwnerBodo)).id, role: 'SCHOOL_OWNER', organisationId: bodo.ownerId },
    { userId: (await person(demoPeople.principal)).id, role: 'PRINCIPAL', unitId: school.id },
    { userId: (await person(demoPeople.secretariatSunnmore)).id, role: 'FORUM_SECRETARIAT', organisationId: moreOffice.organisationId, partnershipId: sunnmoreId },
    { userId: (await person(demoPeople.platformAdmin)).id, role: 'PLATFORM_ADMIN' },
  ]
  if (ks) memberships.push({ userId: (await person(demoPeople.forumMemberSalten)).id, role: 'FORUM_MEMBER', organisationId: ks, partnershipId: saltenId })
  if (kindergarten) memberships.push({ userId: (await person(demoPeople.kindergartenHead)).id, role: 'KINDERGARTEN_HEAD', unitId: kindergarten.id })
  memberships.push(...(await seedUnitStaff(db, ref, partnerships, { school, kindergarten, person })))
  await db.membership.createMany({ data: memberships })
}

/**
 * Teachers and kindergarten staff at a school and a kindergarten of each partnership (in Salten
 * the demo principal's and head's own), and a UH facilitator at each partnership's first UH
 * partner. The resource teachers get theirs with the networks they sit in.
 */
async function seedUnitStaff(
  db: PrismaClient,
  ref: TReference,
  partnerships: Record<string, { partnershipId: string; unitIds: string[] }>,
  salten: { school: { id: string }; kindergarten?: { id: string }; person: (p: { name: string; email: string }) => Promise<{ id: string }> },
): Promise<Prisma.MembershipCreateManyInput[]> {
  const [, sunnmoreDemo] = demoPartnerships
  const sunnmoreUnits = await db.unit.findMany({ where: { id: { in: partnerships[sunnmoreDemo!.slug]!.unitIds } }, orderBy: { name: 'asc' } })
  const sunnmoreSchool = sunnmoreUnits.find((u) => u.kind === 'SCHOOL' && u.levels.includes('PRIMARY'))!
  const sunnmoreKindergarten = sunnmoreUnits.find((u) => u.kind === 'KINDERGARTEN')
  const { person } = salten
  const rows: Prisma.MembershipCreateManyInput[] = [
    { userId: (await person(demoPeople.teacherSalten)).id, role: 'TEACHER', unitId: salten.school.id },
    { userId: (await person(demoPeople.teacherSunnmore)).id, role: 'TEACHER', unitId: sunnmoreSchool.id },
    { userId: (await person(demoPeople.facilitatorSalten)).id, role: 'UH_FACILITATOR', organisationId: ref.universities.get(demoPartnerships[0]!.universities[0]!)! },
    { userId: (await person(demoPeople.facilitatorSunnmore)).id, role: 'UH_FACILITATOR', organisationId: ref.universities.get(sunnmoreDemo!.universities[0]!)! },
  ]
  if (salten.kindergarten) rows.push({ userId: (await person(demoPeople.kindergartenStaffSalten)).id, role: 'KINDERGARTEN_STAFF', unitId: salten.kindergarten.id })
  if (sunnmoreKindergarten) rows.push({ userId: (await person(demoPeople.kindergartenStaffSunnmore)).id, role: 'KINDERGARTEN_STAFF', unitId: sunnmoreKindergarten.id })
  return rows
}
