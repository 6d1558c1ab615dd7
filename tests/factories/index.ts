/**
 * Factories shared by the tests and the seeds (docs/decisions/005-test-database.md).
 * Each makes a uniquely named row with sensible defaults; pass overrides for what matters.
 * They take a Prisma client or transaction client, never a global one.
 */
import { randomUUID } from 'node:crypto'
import type { Prisma } from '@/generated/prisma/client'
import { demoOrgNumber } from '@/lib/org-number'

type Tx = Prisma.TransactionClient

let counter = 0
/** Unique per process and per run, so tests never collide with each other or the seed. */
export function unique(prefix: string): string {
  counter += 1
  return `${prefix} ${counter}-${randomUUID().slice(0, 6)}`
}

let orgSeed = Math.floor(Math.random() * 100_000)
export function nextOrgNumber(): string {
  orgSeed += 1
  return demoOrgNumber(orgSeed)
}

let numberSeq = Math.floor(Math.random() * 1000)

/** Where the generators above and randomDigits stand (plain numbers, so it can be passed between processes). */
export type TFactoryCursor = { counter: number; orgSeed: number; numberSeq: number }

export function factoryCursor(): TFactoryCursor {
  return { counter, orgSeed, numberSeq }
}

/**
 * Continues from a cursor taken in another process, for a test database copied from a template
 * that process seeded (tests/setup/test-db.ts): the file's rows then follow the seed's as if it
 * had seeded itself, instead of starting at a random number that may meet the seed's.
 */
export function continueFactories(cursor: TFactoryCursor) {
  counter = Math.max(counter, cursor.counter)
  orgSeed = cursor.orgSeed
  numberSeq = cursor.numberSeq
}

export async function createGovernorOffice(db: Tx, data: Partial<Prisma.CountyGovernorOfficeCreateInput> = {}) {
  const name = data.name ?? unique('Statsforvalteren i Test')
  return db.countyGovernorOffice.create({
    data: { code: data.code ?? `sf-${randomUUID().slice(0, 8)}`, name, ...data },
  })
}

export async function createCounty(db: Tx, data: { number?: string; name?: string; governorOfficeId?: string } = {}) {
  const governorOfficeId = data.governorOfficeId ?? (await createGovernorOffice(db)).id
  return db.county.create({
    data: {
      number: data.number ?? randomDigits(2),
      name: data.name ?? unique('Testfylke'),
      governorOfficeId,
    },
  })
}

/** A municipality together with the organisation that owns its municipal schools. */
export async function createMunicipality(db: Tx, data: { countyId?: string; number?: string; name?: string } = {}) {
  const countyId = data.countyId ?? (await createCounty(db)).id
  const municipality = await db.municipality.create({
    data: { number: data.number ?? randomDigits(4), name: data.name ?? unique('Testkommune'), countyId },
  })
  const owner = await db.organisation.create({
    data: {
      kind: 'MUNICIPALITY',
      name: `${municipality.name} kommune`,
      municipalityId: municipality.id,
      countyId,
      orgNumber: nextOrgNumber(),
    },
  })
  return { municipality, owner }
}

export async function createOrganisation(db: Tx, data: Partial<Prisma.OrganisationUncheckedCreateInput> = {}) {
  return db.organisation.create({
    data: { kind: 'MEMBER_ORGANISATION', name: unique('Organisasjon'), orgNumber: nextOrgNumber(), ...data },
  })
}

export async function createUniversity(db: Tx, data: Partial<Prisma.OrganisationUncheckedCreateInput> = {}) {
  return createOrganisation(db, { kind: 'UNIVERSITY', name: unique('Testuniversitetet'), ...data })
}

export async function createUnit(
  db: Tx,
  data: Partial<Prisma.UnitUncheckedCreateInput> & { ownerId: string; municipalityId: string },
) {
  return db.unit.create({
    data: {
      orgNumber: nextOrgNumber(),
      name: unique('Testskole'),
      kind: 'SCHOOL',
      levels: ['PRIMARY', 'LOWER_SECONDARY'],
      pupilCount: 200,
      staffFteCenti: 2500,
      ...data,
    },
  })
}

/** A partnership (tenant) in a county, with the given owners and universities attached. */
export async function createPartnership(
  db: Tx,
  data: {
    countyId: string
    governorOfficeId: string
    name?: string
    slug?: string
    ownerIds?: string[]
    universityIds?: string[]
    periodStart?: Date
    periodEnd?: Date | null
  },
) {
  const name = data.name ?? unique('Testpartnerskap')
  const periodStart = data.periodStart ?? new Date('2024-01-01')
  const partnership = await db.partnership.create({
    data: {
      name,
      slug: data.slug ?? slugify(name),
      countyId: data.countyId,
      governorOfficeId: data.governorOfficeId,
      periodStart,
      periodEnd: data.periodEnd ?? null,
    },
  })
  if (data.ownerIds?.length) {
    await db.partnershipOwner.createMany({
      data: data.ownerIds.map((ownerId) => ({ partnershipId: partnership.id, ownerId, joinedOn: periodStart })),
    })
  }
  if (data.universityIds?.length) {
    await db.partnershipUniversity.createMany({
      data: data.universityIds.map((universityId) => ({ partnershipId: partnership.id, universityId })),
    })
  }
  return partnership
}

export async function createUser(db: Tx, data: Partial<Prisma.UserCreateInput> = {}) {
  const name = data.name ?? unique('Testperson')
  return db.user.create({ data: { name, email: `${slugify(name)}@example.test`, ...data } })
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

function randomDigits(length: number): string {
  // Test-only numbers; 9… keeps them out of the real county and municipality ranges, and the
  // sequence keeps them distinct within one test database.
  numberSeq += 1
  return `9${String(numberSeq % 10 ** (length - 1)).padStart(length - 1, '0')}`
}
