/**
 * Demo bodies beside the forums (issue 20). Nordre Sunnmøre (seed 003): a working group of one
 * principal from each municipality, in which one municipality has not yet named its principal, so
 * the body page shows the gap. Salten: a steering group chaired by the county governor, with the
 * employers' and workers' organisations of the county (added as county governor staff would) and KS.
 * People are invented.
 */
import type { Prisma, PrismaClient } from '@/generated/prisma/client'
import type { TDemoSeeded } from './demo'

export async function seedDemoBodies(db: PrismaClient, seeded: TDemoSeeded) {
  await db.$transaction(async (tx) => {
    await seedWorkingGroup(tx, seeded['nordre-sunnmore']!.partnershipId)
    await seedSteeringGroup(tx, seeded['salten-kan']!.partnershipId)
  })
}

async function seedWorkingGroup(tx: Prisma.TransactionClient, partnershipId: string) {
  const periodStart = new Date('2025-08-01')
  const group = await tx.forum.create({
    data: {
      partnershipId,
      kind: 'WORKING_GROUP',
      name: 'Arbeidsgruppe for leiargruppeutvikling',
      mandate: 'Ein rektor frå kvar kommune følgjer leiargruppeutviklinga i grunnskulen over to år, med implementering av fagfornyinga som gjennomgåande tema.',
      establishedOn: periodStart,
      periodEnd: new Date('2027-07-31'),
      compositionRule: 'ONE_PER_MUNICIPALITY',
    },
  })
  const owners = await tx.organisation.findMany({ where: { kind: 'MUNICIPALITY', partnershipOwners: { some: { partnershipId, leftOn: null } } }, orderBy: { name: 'asc' }, select: { id: true, name: true } })
  // The last municipality has not named its principal yet: the page lists it as missing.
  await tx.forumMember.createMany({
    data: owners.slice(0, -1).map((o, i) => ({
      partnershipId,
      forumId: group.id,
      organisationId: o.id,
      personName: `Rektor ${i + 1} frå ${o.name.replace(/ kommune$/, '')}`,
      representation: 'SCHOOL_OWNER' as const,
      isChair: i === 0,
      periodStart,
    })),
  })
}

async function seedSteeringGroup(tx: Prisma.TransactionClient, partnershipId: string) {
  const partnership = await tx.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { countyId: true, governorOfficeId: true } })
  const periodStart = new Date('2026-01-01')
  const group = await tx.forum.create({
    data: { partnershipId, kind: 'STEERING_GROUP', name: 'Styringsgruppe for Salten', mandate: 'Styrer satsingens retning og prioriteringer mellom forumets møter.', establishedOn: periodStart, compositionRule: 'NONE' },
  })
  const county = { countyId: partnership.countyId, kind: 'MEMBER_ORGANISATION' as const }
  const nho = await tx.organisation.create({ data: { ...county, memberType: 'EMPLOYERS', name: 'NHO Nordland', shortName: 'NHO' } })
  const lo = await tx.organisation.create({ data: { ...county, memberType: 'UNION', name: 'LO Nordland', shortName: 'LO' } })
  const ks = await tx.organisation.findFirstOrThrow({ where: { kind: 'MEMBER_ORGANISATION', memberType: 'KS' } })
  const governor = await tx.organisation.findFirstOrThrow({ where: { governorOfficeId: partnership.governorOfficeId } })
  const member = (organisationId: string, personName: string, representation: Prisma.ForumMemberCreateManyInput['representation'], more: { votingRight?: boolean; isChair?: boolean } = {}) => ({
    partnershipId,
    forumId: group.id,
    organisationId,
    personName,
    representation,
    periodStart,
    ...more,
  })
  await tx.forumMember.createMany({
    data: [
      member(governor.id, 'Statsforvalterens leder for styringsgruppen', 'COUNTY_GOVERNOR', { votingRight: false, isChair: true }),
      member(nho.id, 'Representant for NHO Nordland', 'OTHER'),
      member(lo.id, 'Representant for LO Nordland', 'UNION'),
      member(ks.id, 'KS-representant i styringsgruppen', 'KS'),
    ],
  })
}
