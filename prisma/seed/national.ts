/**
 * National-scale data (`npm run seed:national`): all 357 municipalities in 15 counties with
 * about 2,660 primary and lower-secondary schools (279 private, 622,000 pupils) and 415 upper-
 * secondary schools, grouped into competence regions with forums, networks and ten grant years.
 * Generated from a fixed seed, so every run gives the same numbers. Names of schools are invented.
 */
import { randomUUID } from 'node:crypto'
import type { PrismaClient, SchoolLevel } from '@/generated/prisma/client'
import { demoOrgNumber } from '@/lib/org-number'
import { kroner, splitProportionally } from '@/lib/money'
import { createRandom } from './random'
import { seedReference, type TReference } from './reference'

export const NATIONAL = {
  primarySchools: 2660,
  privatePrimarySchools: 279,
  primaryPupils: 622_000,
  upperSecondarySchools: 415,
  upperSecondaryPupils: 195_000,
  firstYear: 2017,
  years: 10,
} as const

// Rough weights for the largest school owners, so the biggest cities get the most schools.
const largeMunicipalities: Record<string, number> = {
  '0301': 60, '4601': 30, '5001': 22, '1103': 15, '3201': 14, '4204': 13, '3301': 11, '3203': 11,
  '3205': 10, '5501': 9, '1108': 9, '3107': 8, '1508': 7, '1804': 7, '3105': 7, '3907': 6,
}

const schoolSuffixes = ['skole', 'skole', 'skule', 'barneskole', 'ungdomsskole', 'oppvekstsenter']
const placeParts = ['Nord', 'Sør', 'Øvre', 'Nedre', 'Vest', 'Øst', 'Sentrum', 'Haug', 'Dal', 'Vik', 'Berg', 'Moen', 'Li', 'Strand', 'Eid', 'Holm']

export async function seedNational(db: PrismaClient, log: (line: string) => void = () => {}) {
  const random = createRandom(2025)
  const started = performance.now()
  const lap = (what: string) => log(`${what}: ${Math.round(performance.now() - started)} ms`)

  const ref = await seedReference(db)
  lap('reference data (counties, municipalities, owners, universities)')

  const municipalities = ref.municipalities
  const weights = municipalities.map((m) => largeMunicipalities[m.number] ?? random.skewed(1, 0.7))
  const weightSum = weights.reduce((a, b) => a + b, 0)

  // Schools per municipality, at least one, summing to the national figure.
  const schoolCounts = weights.map((w) => Math.max(1, Math.round((w / weightSum) * NATIONAL.primarySchools)))
  let diff = NATIONAL.primarySchools - schoolCounts.reduce((a, b) => a + b, 0)
  for (let i = 0; diff !== 0; i = (i + 1) % schoolCounts.length) {
    const step = diff > 0 ? 1 : -1
    if (schoolCounts[i]! + step >= 1) {
      schoolCounts[i]! += step
      diff -= step
    }
  }

  let orgSeed = 500_000
  const units: {
    id: string
    orgNumber: string
    name: string
    kind: 'SCHOOL'
    levels: SchoolLevel[]
    isPublic: boolean
    ownerId: string
    municipalityId: string
    pupilCount: number
    staffFteCenti: number
    writtenLanguage: 'NB' | 'NN'
  }[] = []
  const privateOwners: { id: string; kind: 'PRIVATE_OWNER'; name: string; orgNumber: string; countyId: string }[] = []
  const privateEvery = NATIONAL.primarySchools / NATIONAL.privatePrimarySchools
  const nynorskCounties = new Set(['46', '15', '11'])
  let schoolIndex = 0
  municipalities.forEach((m, mi) => {
    for (let s = 0; s < schoolCounts[mi]!; s++) {
      schoolIndex += 1
      const isPrivate = Math.floor(schoolIndex / privateEvery) > Math.floor((schoolIndex - 1) / privateEvery) && privateOwners.length < NATIONAL.privatePrimarySchools
      const levelRoll = random.next()
      const levels: SchoolLevel[] = levelRoll < 0.55 ? ['PRIMARY'] : levelRoll < 0.75 ? ['LOWER_SECONDARY'] : ['PRIMARY', 'LOWER_SECONDARY']
      const name = `${random.pick(placeParts)}${random.pick(['', 'a', 'e', 'en'])} ${random.pick(schoolSuffixes)}`.replace(/^(\w)/, (c) => c.toUpperCase())
      let ownerId = m.ownerId
      if (isPrivate) {
        ownerId = randomUUID()
        privateOwners.push({ id: ownerId, kind: 'PRIVATE_OWNER', name: `Stiftelsen ${name} i ${m.name}`, orgNumber: demoOrgNumber(orgSeed++), countyId: m.countyId })
      }
      const pupilCount = Math.max(8, Math.round(random.skewed(isPrivate ? 90 : 210, 0.6)))
      units.push({
        id: randomUUID(),
        orgNumber: demoOrgNumber(orgSeed++),
        name: `${name} (${m.name})`,
        kind: 'SCHOOL',
        levels,
        isPublic: !isPrivate,
        ownerId,
        municipalityId: m.id,
        pupilCount,
        staffFteCenti: Math.round((pupilCount / 9) * 100),
        writtenLanguage: nynorskCounties.has(m.countyNumber) && random.next() < 0.6 ? 'NN' : 'NB',
      })
    }
  })
  scalePupils(units, NATIONAL.primaryPupils)

  // Upper-secondary schools, owned by the county municipalities, spread by county size.
  const countyWeight = new Map<string, number>()
  municipalities.forEach((m, i) => countyWeight.set(m.countyNumber, (countyWeight.get(m.countyNumber) ?? 0) + weights[i]!))
  const upper: typeof units = []
  const countyNumbers = [...countyWeight.keys()].sort()
  const upperCounts = splitProportionally(
    BigInt(NATIONAL.upperSecondarySchools),
    countyNumbers.map((c) => BigInt(Math.round(countyWeight.get(c)! * 1000))),
  )
  countyNumbers.forEach((countyNumber, ci) => {
    const inCounty = municipalities.filter((m) => m.countyNumber === countyNumber)
    for (let s = 0; s < Number(upperCounts[ci]); s++) {
      const m = inCounty[s % inCounty.length]!
      const pupilCount = Math.max(40, Math.round(random.skewed(430, 0.5)))
      upper.push({
        id: randomUUID(),
        orgNumber: demoOrgNumber(orgSeed++),
        name: `${m.name} videregående skole${s >= inCounty.length ? ` avd. ${Math.floor(s / inCounty.length) + 1}` : ''}`,
        kind: 'SCHOOL',
        levels: ['UPPER_SECONDARY'],
        isPublic: true,
        ownerId: ref.countyOwners.get(countyNumber)!,
        municipalityId: m.id,
        pupilCount,
        staffFteCenti: Math.round((pupilCount / 8) * 100),
        writtenLanguage: 'NB',
      })
    }
  })
  scalePupils(upper, NATIONAL.upperSecondaryPupils)

  await db.organisation.createMany({ data: privateOwners })
  for (const batch of chunks([...units, ...upper], 1000)) await db.unit.createMany({ data: batch })
  lap(`${units.length} primary/lower-secondary and ${upper.length} upper-secondary schools`)

  // Competence regions: each county's municipalities in groups of 5–10, plus one county-wide
  // partnership for the county municipality's upper-secondary schools.
  const partnerships: { id: string; slug: string; name: string; kind: 'COMPETENCE_REGION' | 'COUNTY_WIDE'; countyId: string; governorOfficeId: string; periodStart: Date }[] = []
  const partnershipOwners: { partnershipId: string; ownerId: string; joinedOn: Date }[] = []
  const partnershipUniversities: { partnershipId: string; universityId: string }[] = []
  const ownerWeight = new Map<string, bigint>()
  for (const u of [...units, ...upper]) ownerWeight.set(u.ownerId, (ownerWeight.get(u.ownerId) ?? 0n) + BigInt(u.pupilCount))
  const periodStart = new Date(`${NATIONAL.firstYear}-01-01`)

  for (const county of ref.counties) {
    const inCounty = municipalities.filter((m) => m.countyNumber === county.number)
    const privateInCounty = privateOwners.filter((o) => o.countyId === county.id)
    const groups: (typeof inCounty)[] = []
    for (let i = 0; i < inCounty.length; ) {
      const size = Math.min(inCounty.length - i, random.int(5, 10))
      groups.push(inCounty.slice(i, i + size))
      i += size
    }
    const universityId = ref.universityForCounty.get(county.number)
    groups.forEach((group, gi) => {
      const id = randomUUID()
      const name = `Kompetanseregion ${group[0]!.name}${group.length > 1 ? `–${group.at(-1)!.name}` : ''}`
      partnerships.push({ id, slug: `kr-${county.number}-${gi + 1}`, name, kind: 'COMPETENCE_REGION', countyId: county.id, governorOfficeId: county.governorOfficeId, periodStart })
      for (const m of group) partnershipOwners.push({ partnershipId: id, ownerId: m.ownerId, joinedOn: periodStart })
      if (universityId) partnershipUniversities.push({ partnershipId: id, universityId })
    })
    // Private owners join the region of their county's first group; the county municipality has its own.
    const firstGroup = partnerships.find((p) => p.countyId === county.id)
    for (const o of privateInCounty) if (firstGroup) partnershipOwners.push({ partnershipId: firstGroup.id, ownerId: o.id, joinedOn: periodStart })
    // Oslo is both municipality and county: its one region already holds all of Oslo's schools.
    if (county.number === '03') continue
    const countyWideId = randomUUID()
    partnerships.push({ id: countyWideId, slug: `fylke-${county.number}`, name: `${county.name}: videregående opplæring`, kind: 'COUNTY_WIDE', countyId: county.id, governorOfficeId: county.governorOfficeId, periodStart })
    partnershipOwners.push({ partnershipId: countyWideId, ownerId: ref.countyOwners.get(county.number)!, joinedOn: periodStart })
    if (universityId) partnershipUniversities.push({ partnershipId: countyWideId, universityId })
  }
  await db.partnership.createMany({ data: partnerships })
  await db.partnershipOwner.createMany({ data: partnershipOwners })
  await db.partnershipUniversity.createMany({ data: partnershipUniversities })
  lap(`${partnerships.length} partnerships`)

  // A forum and networks for each partnership: a local network per municipality and two regional ones.
  const forums = partnerships.map((p) => ({ id: randomUUID(), partnershipId: p.id, name: `Samarbeidsforum ${p.name}`, establishedOn: periodStart }))
  const networks: { id: string; partnershipId: string; name: string; type: 'LOCAL' | 'REGIONAL' | 'LEADER'; municipalityId?: string }[] = []
  const networkUnits: { partnershipId: string; networkId: string; unitId: string }[] = []
  const unitsByOwner = new Map<string, string[]>()
  for (const u of [...units, ...upper]) unitsByOwner.set(u.ownerId, [...(unitsByOwner.get(u.ownerId) ?? []), u.id])
  for (const p of partnerships) {
    const owners = partnershipOwners.filter((po) => po.partnershipId === p.id)
    const regional = { id: randomUUID(), partnershipId: p.id, name: 'Regionalt nettverk lesing', type: 'REGIONAL' as const }
    const leader = { id: randomUUID(), partnershipId: p.id, name: 'Regionalt ledernettverk', type: 'LEADER' as const }
    networks.push(regional, leader)
    for (const po of owners) {
      const m = municipalities.find((x) => x.ownerId === po.ownerId)
      const ownerUnits = unitsByOwner.get(po.ownerId) ?? []
      if (m) {
        const local = { id: randomUUID(), partnershipId: p.id, name: `Lokalt nettverk ${m.name}`, type: 'LOCAL' as const, municipalityId: m.id }
        networks.push(local)
        for (const unitId of ownerUnits) networkUnits.push({ partnershipId: p.id, networkId: local.id, unitId })
      }
      for (const unitId of ownerUnits.slice(0, 3)) {
        networkUnits.push({ partnershipId: p.id, networkId: regional.id, unitId })
        networkUnits.push({ partnershipId: p.id, networkId: leader.id, unitId })
      }
    }
  }
  await db.forum.createMany({ data: forums })
  await db.network.createMany({ data: networks })
  for (const batch of chunks(networkUnits, 2000)) await db.networkUnit.createMany({ data: batch })
  lap(`${forums.length} forums, ${networks.length} networks`)

  // Ten grant years per partnership. The state amount follows pupils (about 180 kr each plus a
  // base), and each owner's allocation is split by pupils so the table sums to the grant exactly.
  const grantYears: { id: string; partnershipId: string; year: number; stateAmountOre: bigint; status: 'CLOSED' | 'OPEN' }[] = []
  const allocations: { partnershipId: string; grantYearId: string; ownerId: string; computedOre: bigint; adjustedOre: bigint }[] = []
  for (const p of partnerships) {
    const owners = partnershipOwners.filter((po) => po.partnershipId === p.id)
    const ownerWeights = owners.map((o) => ownerWeight.get(o.ownerId) ?? 0n)
    const pupils = ownerWeights.reduce((a, b) => a + b, 0n)
    for (let y = 0; y < NATIONAL.years; y++) {
      const year = NATIONAL.firstYear + y
      const stateAmountOre = kroner(200_000 + Number(pupils) * random.int(150, 210))
      const grantYearId = randomUUID()
      grantYears.push({ id: grantYearId, partnershipId: p.id, year, stateAmountOre, status: y === NATIONAL.years - 1 ? 'OPEN' : 'CLOSED' })
      const shares = splitProportionally(stateAmountOre, ownerWeights, 100n)
      owners.forEach((o, i) => allocations.push({ partnershipId: p.id, grantYearId, ownerId: o.ownerId, computedOre: shares[i]!, adjustedOre: shares[i]! }))
    }
  }
  await db.grantYear.createMany({ data: grantYears })
  // Note: batches never split a grant year: the database checks at each commit that a year's
  // allocations sum to its state amount (migration funding_rules).
  for (const batch of chunksBy(allocations, 2000, (a) => a.grantYearId)) await db.allocation.createMany({ data: batch })
  lap(`${grantYears.length} grant years, ${allocations.length} allocations`)

  return {
    municipalities: municipalities.length,
    schools: units.length,
    privateSchools: privateOwners.length,
    upperSecondary: upper.length,
    pupils: units.reduce((a, u) => a + u.pupilCount, 0),
    partnerships: partnerships.length,
    grantYears: grantYears.length,
    allocations: allocations.length,
    ms: Math.round(performance.now() - started),
  }
}

/** Scales pupil counts so they add up to `total`, keeping each school's relative size. */
function scalePupils(units: { pupilCount: number; staffFteCenti: number }[], total: number) {
  const shares = splitProportionally(BigInt(total), units.map((u) => BigInt(u.pupilCount)))
  units.forEach((u, i) => {
    u.pupilCount = Number(shares[i])
    u.staffFteCenti = Math.max(100, Math.round((u.pupilCount / 9) * 100))
  })
}

/** Batches of about `size` items that keep items with the same key together (items come grouped). */
function chunksBy<T>(items: T[], size: number, key: (item: T) => string): T[][] {
  const out: T[][] = []
  let batch: T[] = []
  for (const item of items) {
    if (batch.length >= size && key(batch[batch.length - 1]!) !== key(item)) {
      out.push(batch)
      batch = []
    }
    batch.push(item)
  }
  if (batch.length) out.push(batch)
  return out
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export type { TReference }
