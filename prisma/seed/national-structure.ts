/**
 * The national seed's tenants: each county's municipalities in competence regions of 5–10, one
 * county-wide partnership per county municipality, a forum and networks in each (a local network
 * per municipality, a regional and a leader network), and ten grant years with allocations.
 */
import type { PrismaClient } from '@/generated/prisma/client'
import { kroner, splitProportionally } from '@/lib/money'
import type { createRandom } from './random'
import type { TReference } from './reference'
import type { TNationalUnit, TPrivateOwner } from './national-units'
import { chunksBy, groupBy, insertRows } from './national-sql'

export const NATIONAL_YEARS = { firstYear: 2017, years: 10 } as const

export interface TPartnership {
  id: string
  slug: string
  name: string
  kind: 'COMPETENCE_REGION' | 'COUNTY_WIDE'
  countyId: string
  countyNumber: string
  governorOfficeId: string
  ownerIds: string[]
  universityIds: string[]
  units: TNationalUnit[]
  forumId: string
  networks: { id: string; type: 'LOCAL' | 'REGIONAL' | 'LEADER'; unitIds: string[] }[]
  grantYears: { id: string; year: number; stateAmountOre: bigint; shares: Map<string, bigint> }[]
}

type TRandom = ReturnType<typeof createRandom>
type TPartnershipRow = Omit<TPartnership, 'ownerIds' | 'universityIds' | 'units' | 'forumId' | 'networks' | 'grantYears'> & { periodStart: Date }

export function buildPartnerships(random: TRandom, ref: TReference, privateOwners: TPrivateOwner[], id: () => string) {
  const periodStart = new Date(`${NATIONAL_YEARS.firstYear}-01-01`)
  const rows: TPartnershipRow[] = []
  const owners: { partnershipId: string; ownerId: string; joinedOn: Date }[] = []
  const universities: { partnershipId: string; universityId: string }[] = []
  for (const county of ref.counties) {
    const inCounty = ref.municipalities.filter((m) => m.countyNumber === county.number)
    const groups: (typeof inCounty)[] = []
    for (let i = 0; i < inCounty.length; ) {
      const size = Math.min(inCounty.length - i, random.int(5, 10))
      groups.push(inCounty.slice(i, i + size))
      i += size
    }
    const universityId = ref.universityForCounty.get(county.number)
    const base = { countyId: county.id, countyNumber: county.number, governorOfficeId: county.governorOfficeId, periodStart }
    groups.forEach((group, gi) => {
      const pid = id()
      const name = `Kompetanseregion ${group[0]!.name}${group.length > 1 ? `–${group.at(-1)!.name}` : ''}`
      rows.push({ ...base, id: pid, slug: `kr-${county.number}-${gi + 1}`, name, kind: 'COMPETENCE_REGION' })
      for (const m of group) owners.push({ partnershipId: pid, ownerId: m.ownerId, joinedOn: periodStart })
      if (universityId) universities.push({ partnershipId: pid, universityId })
    })
    // Private owners join the region of their county's first group; the county municipality has its own.
    const firstGroup = rows.find((p) => p.countyId === county.id)
    for (const o of privateOwners.filter((x) => x.countyId === county.id)) if (firstGroup) owners.push({ partnershipId: firstGroup.id, ownerId: o.id, joinedOn: periodStart })
    // Oslo is both municipality and county: its one region already holds all of Oslo's schools.
    if (county.number === '03') continue
    const countyWideId = id()
    rows.push({ ...base, id: countyWideId, slug: `fylke-${county.number}`, name: `${county.name}: videregående opplæring`, kind: 'COUNTY_WIDE' })
    owners.push({ partnershipId: countyWideId, ownerId: ref.countyOwners.get(county.number)!, joinedOn: periodStart })
    if (universityId) universities.push({ partnershipId: countyWideId, universityId })
  }
  return { rows, owners, universities }
}

/** Writes partnerships, forums, networks and grant years; returns the tenants as the later parts need them. */
export async function seedStructure(db: PrismaClient, random: TRandom, ref: TReference, input: { units: TNationalUnit[]; privateOwners: TPrivateOwner[]; id: () => string }) {
  const { rows, owners, universities } = buildPartnerships(random, ref, input.privateOwners, input.id)
  await db.partnership.createMany({ data: rows.map(({ countyNumber: _, ...p }) => p) })
  await db.partnershipOwner.createMany({ data: owners })
  await db.partnershipUniversity.createMany({ data: universities })
  const unitsByOwner = groupBy(input.units, (u) => u.ownerId)
  const ownersOf = groupBy(owners, (o) => o.partnershipId)
  const universitiesOf = groupBy(universities, (u) => u.partnershipId)
  const partnerships: TPartnership[] = rows.map(({ periodStart: _, ...p }) => {
    const ownerIds = (ownersOf.get(p.id) ?? []).map((o) => o.ownerId)
    return {
      ...p, ownerIds, universityIds: (universitiesOf.get(p.id) ?? []).map((u) => u.universityId),
      units: ownerIds.flatMap((o) => unitsByOwner.get(o) ?? []), forumId: input.id(), networks: [], grantYears: [],
    }
  })
  await seedForumsAndNetworks(db, ref, partnerships, unitsByOwner, input.id)
  await seedGrantYears(db, random, partnerships, input.id)
  return partnerships
}

async function seedForumsAndNetworks(db: PrismaClient, ref: TReference, partnerships: TPartnership[], unitsByOwner: Map<string, TNationalUnit[]>, id: () => string) {
  const periodStart = new Date(`${NATIONAL_YEARS.firstYear}-01-01`)
  const forums = partnerships.map((p) => ({ id: p.forumId, partnershipId: p.id, name: `Samarbeidsforum ${p.name}`, establishedOn: periodStart }))
  const networks: { id: string; partnershipId: string; name: string; type: 'LOCAL' | 'REGIONAL' | 'LEADER'; municipalityId?: string }[] = []
  const networkUnits: { partnershipId: string; networkId: string; unitId: string }[] = []
  const municipalityOf = new Map(ref.municipalities.map((m) => [m.ownerId, m]))
  for (const p of partnerships) {
    const regional = { id: id(), partnershipId: p.id, name: 'Regionalt nettverk lesing', type: 'REGIONAL' as const }
    const leader = { id: id(), partnershipId: p.id, name: 'Regionalt ledernettverk', type: 'LEADER' as const }
    const regionalUnits: string[] = []
    const add = (network: { id: string; type: 'LOCAL' | 'REGIONAL' | 'LEADER' }, unitIds: string[]) => {
      p.networks.push({ id: network.id, type: network.type, unitIds })
      for (const unitId of unitIds) networkUnits.push({ partnershipId: p.id, networkId: network.id, unitId })
    }
    networks.push(regional, leader)
    for (const ownerId of p.ownerIds) {
      const m = municipalityOf.get(ownerId)
      const ownerUnits = (unitsByOwner.get(ownerId) ?? []).map((u) => u.id)
      if (m) {
        const local = { id: id(), partnershipId: p.id, name: `Lokalt nettverk ${m.name}`, type: 'LOCAL' as const, municipalityId: m.id }
        networks.push(local)
        add(local, ownerUnits)
      }
      regionalUnits.push(...ownerUnits.slice(0, 3))
    }
    add(regional, regionalUnits)
    add(leader, regionalUnits)
  }
  await db.forum.createMany({ data: forums })
  await db.network.createMany({ data: networks })
  await insertRows(db, 'NetworkUnit', networkUnits.map((n) => ({ id: id(), ...n })), 2000)
}

/**
 * Ten grant years per partnership. The state amount follows pupils (about 180 kr each plus a
 * base), and each owner's allocation is split by pupils so the table sums to the grant exactly.
 * All years are written OPEN: spending is refused in a closed year, so the funding part closes
 * the past years after it has written their spending.
 */
async function seedGrantYears(db: PrismaClient, random: TRandom, partnerships: TPartnership[], id: () => string) {
  const grantYears: { id: string; partnershipId: string; year: number; stateAmountOre: bigint; status: 'OPEN' }[] = []
  const allocations: { partnershipId: string; grantYearId: string; ownerId: string; computedOre: bigint; adjustedOre: bigint }[] = []
  for (const p of partnerships) {
    const pupilsByOwner = new Map<string, bigint>()
    for (const u of p.units) if (u.kind === 'SCHOOL') pupilsByOwner.set(u.ownerId, (pupilsByOwner.get(u.ownerId) ?? 0n) + BigInt(u.pupilCount))
    const ownerWeights = p.ownerIds.map((o) => pupilsByOwner.get(o) ?? 0n)
    const pupils = ownerWeights.reduce((a, b) => a + b, 0n)
    for (let y = 0; y < NATIONAL_YEARS.years; y++) {
      const year = NATIONAL_YEARS.firstYear + y
      const stateAmountOre = kroner(200_000 + Number(pupils) * random.int(150, 210))
      const grantYearId = id()
      grantYears.push({ id: grantYearId, partnershipId: p.id, year, stateAmountOre, status: 'OPEN' })
      const shares = splitProportionally(stateAmountOre, ownerWeights, 100n)
      p.grantYears.push({ id: grantYearId, year, stateAmountOre, shares: new Map(p.ownerIds.map((o, i) => [o, shares[i]!])) })
      p.ownerIds.forEach((ownerId, i) => allocations.push({ partnershipId: p.id, grantYearId, ownerId, computedOre: shares[i]!, adjustedOre: shares[i]! }))
    }
  }
  await db.grantYear.createMany({ data: grantYears })
  // Note: batches never split a grant year: the database checks at each commit that a year's
  // allocations sum to its state amount (migration funding_rules).
  for (const batch of chunksBy(allocations, 2000, (a) => a.grantYearId)) await db.allocation.createMany({ data: batch })
  return { grantYears: grantYears.length, allocations: allocations.length }
}
