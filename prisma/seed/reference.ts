/**
 * National reference data: the 10 county governor offices, 15 counties, 357 municipalities with
 * the organisation that owns each municipality's schools, the county municipalities, the
 * universities and colleges, and the other forum member organisations. Idempotent: rows that
 * exist (by number or code) are reused, so demo and national seeds can both call it.
 */
import type { PrismaClient } from '@/generated/prisma/client'
import { counties } from '../data/counties'
import { countyGovernors } from '../data/county-governors'
import { municipalities } from '../data/municipalities'
import { memberOrganisations } from '../data/member-organisations'
import { regionUniversity, universities } from '../data/universities'

export interface TReference {
  counties: { id: string; number: string; name: string; governorOfficeId: string }[]
  municipalities: { id: string; number: string; name: string; countyId: string; countyNumber: string; ownerId: string }[]
  governorOffices: Map<string, { id: string; organisationId: string }>
  /** County number → the county municipality (owner of upper-secondary schools). */
  countyOwners: Map<string, string>
  /** Short name (e.g. "Nord") → organisation id. */
  universities: Map<string, string>
  /** County number → the county's usual UH partner. */
  universityForCounty: Map<string, string>
  memberOrganisations: Map<string, string>
}

export async function seedReference(db: PrismaClient): Promise<TReference> {
  if ((await db.county.count()) === 0) await insertReference(db)
  return loadReference(db)
}

async function insertReference(db: PrismaClient) {
  await db.$transaction(
    async (tx) => {
      for (const office of countyGovernors) {
        const created = await tx.countyGovernorOffice.create({ data: { code: office.code, name: office.name } })
        await tx.organisation.create({
          data: { kind: 'COUNTY_GOVERNOR', name: office.name, governorOfficeId: created.id },
        })
        await tx.county.createMany({
          data: counties
            .filter((c) => office.countyNumbers.includes(c.number))
            .map((c) => ({ number: c.number, name: c.name, nameNn: 'nameNn' in c ? c.nameNn : null, governorOfficeId: created.id })),
        })
      }
      const countyIds = new Map((await tx.county.findMany()).map((c) => [c.number, c.id]))
      await tx.municipality.createMany({
        data: municipalities.map((m) => ({ number: m.number, name: m.name, countyId: countyIds.get(m.countyNumber)! })),
      })
      const created = await tx.municipality.findMany({ select: { id: true, name: true, countyId: true } })
      await tx.organisation.createMany({
        data: created.map((m) => ({ kind: 'MUNICIPALITY' as const, name: `${m.name} kommune`, municipalityId: m.id, countyId: m.countyId })),
      })
      await tx.organisation.createMany({
        data: counties
          .filter((c) => c.number !== '03') // Oslo is both municipality and county: the municipality owns all its schools.
          .map((c) => ({ kind: 'COUNTY_MUNICIPALITY' as const, name: `${c.name} fylkeskommune`, countyId: countyIds.get(c.number)! })),
      })
      await tx.organisation.createMany({
        data: universities.map((u) => ({
          kind: 'UNIVERSITY' as const,
          name: u.name,
          shortName: u.shortName,
        })),
        skipDuplicates: true,
      })
      await tx.organisation.createMany({
        data: memberOrganisations.map((o) => ({ kind: 'MEMBER_ORGANISATION' as const, memberType: o.type, name: o.name, shortName: o.shortName ?? null })),
      })
    },
    { timeout: 120_000 },
  )
}

async function loadReference(db: PrismaClient): Promise<TReference> {
  const [countyRows, municipalityRows, organisations] = await Promise.all([
    db.county.findMany({ orderBy: { number: 'asc' } }),
    db.municipality.findMany({ orderBy: { number: 'asc' }, include: { county: { select: { number: true } }, organisations: { select: { id: true } } } }),
    db.organisation.findMany({
      where: { kind: { in: ['COUNTY_GOVERNOR', 'COUNTY_MUNICIPALITY', 'UNIVERSITY', 'MEMBER_ORGANISATION'] } },
      include: { county: { select: { number: true } }, governorOffice: { select: { id: true, code: true } } },
    }),
  ])
  const universityIds = new Map(
    organisations.filter((o) => o.kind === 'UNIVERSITY').map((o) => [o.shortName ?? o.name, o.id]),
  )
  // Oslo has no county municipality: its municipality owns upper-secondary schools too.
  const countyOwners = new Map(
    organisations.filter((o) => o.kind === 'COUNTY_MUNICIPALITY' && o.county).map((o) => [o.county!.number, o.id]),
  )
  const oslo = municipalityRows.find((m) => m.number === '0301')
  if (oslo?.organisations[0] && !countyOwners.has('03')) countyOwners.set('03', oslo.organisations[0].id)

  return {
    counties: countyRows.map((c) => ({ id: c.id, number: c.number, name: c.name, governorOfficeId: c.governorOfficeId })),
    municipalities: municipalityRows.map((m) => ({
      id: m.id,
      number: m.number,
      name: m.name,
      countyId: m.countyId,
      countyNumber: m.county.number,
      ownerId: m.organisations[0]!.id,
    })),
    governorOffices: new Map(
      organisations
        .filter((o) => o.kind === 'COUNTY_GOVERNOR' && o.governorOffice)
        .map((o) => [o.governorOffice!.code, { id: o.governorOffice!.id, organisationId: o.id }]),
    ),
    countyOwners,
    universities: universityIds,
    universityForCounty: new Map(
      Object.entries(regionUniversity as Record<string, readonly string[]>).flatMap(([county, names]) => {
        const id = names.map((n) => universityIds.get(n)).find(Boolean)
        return id ? [[county, id] as const] : []
      }),
    ),
    memberOrganisations: new Map(
      organisations.filter((o) => o.kind === 'MEMBER_ORGANISATION').map((o) => [o.shortName ?? o.name, o.id]),
    ),
  }
}
