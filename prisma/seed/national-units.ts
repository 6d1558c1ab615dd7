/**
 * The national seed's schools and kindergartens: about 2,660 primary and lower-secondary schools
 * (279 private, 622,000 pupils) spread over the 357 municipalities by size, 415 upper-secondary
 * schools owned by the county municipalities, and municipal kindergartens. Names are invented.
 */
import type { SchoolLevel } from '@/generated/prisma/client'
import { demoOrgNumber } from '@/lib/org-number'
import { splitProportionally } from '@/lib/money'
import { createRandom } from './random'
import type { TReference } from './reference'

export const NATIONAL_UNITS = {
  primarySchools: 2660,
  privatePrimarySchools: 279,
  primaryPupils: 622_000,
  upperSecondarySchools: 415,
  upperSecondaryPupils: 195_000,
  /** Municipal kindergartens only (the country has about 5,400, half of them private). */
  kindergartens: 1800,
  kindergartenChildren: 150_000,
} as const

export interface TNationalUnit {
  id: string
  orgNumber: string
  name: string
  kind: 'SCHOOL' | 'KINDERGARTEN'
  levels: SchoolLevel[]
  isPublic: boolean
  ownerId: string
  municipalityId: string
  pupilCount: number
  staffFteCenti: number
  writtenLanguage: 'NB' | 'NN'
}

export interface TPrivateOwner { id: string; kind: 'PRIVATE_OWNER'; name: string; orgNumber: string; countyId: string }

type TRandom = ReturnType<typeof createRandom>

// Rough weights for the largest school owners, so the biggest cities get the most schools.
const largeMunicipalities: Record<string, number> = {
  '0301': 60, '4601': 30, '5001': 22, '1103': 15, '3201': 14, '4204': 13, '3301': 11, '3203': 11,
  '3205': 10, '5501': 9, '1108': 9, '3107': 8, '1508': 7, '1804': 7, '3105': 7, '3907': 6,
}
const schoolSuffixes = ['skole', 'skole', 'skule', 'barneskole', 'ungdomsskole', 'oppvekstsenter']
const kindergartenSuffixes = ['barnehage', 'barnehage', 'barnehage', 'naturbarnehage', 'familiebarnehage']
const placeParts = ['Nord', 'Sør', 'Øvre', 'Nedre', 'Vest', 'Øst', 'Sentrum', 'Haug', 'Dal', 'Vik', 'Berg', 'Moen', 'Li', 'Strand', 'Eid', 'Holm']
const nynorskCounties = new Set(['46', '15', '11'])

/** Whole counts per weight, at least one each, summing to `total`. */
function spread(weights: number[], total: number): number[] {
  const weightSum = weights.reduce((a, b) => a + b, 0)
  const counts = weights.map((w) => Math.max(1, Math.round((w / weightSum) * total)))
  let diff = total - counts.reduce((a, b) => a + b, 0)
  for (let i = 0; diff !== 0; i = (i + 1) % counts.length) {
    const step = diff > 0 ? 1 : -1
    if (counts[i]! + step >= 1) {
      counts[i]! += step
      diff -= step
    }
  }
  return counts
}

const placeName = (random: TRandom, suffixes: readonly string[]) =>
  `${random.pick(placeParts)}${random.pick(['', 'a', 'e', 'en'])} ${random.pick(suffixes)}`.replace(/^(\w)/, (c) => c.toUpperCase())

/** Makes the schools and kindergartens in memory; the caller writes them. */
export function buildNationalUnits(random: TRandom, ref: TReference, id: () => string) {
  const municipalities = ref.municipalities
  const weights = municipalities.map((m) => largeMunicipalities[m.number] ?? random.skewed(1, 0.7))
  const org = { seed: 500_000, used: new Set<string>() }
  const nextOrg = () => {
    let n = demoOrgNumber(org.seed++)
    while (org.used.has(n)) n = demoOrgNumber(org.seed++)
    org.used.add(n)
    return n
  }
  const { units, privateOwners } = buildPrimary(random, ref, weights, nextOrg, id)
  const upper = buildUpperSecondary(random, ref, weights, nextOrg, id)
  // Kindergartens draw from a stream of their own, so the schools stay as they were before them.
  const kindergartens = buildKindergartens(createRandom(2031), ref, weights, nextOrg, id)
  return { units, upper, kindergartens, privateOwners, weights }
}

function buildPrimary(random: TRandom, ref: TReference, weights: number[], nextOrg: () => string, id: () => string) {
  const schoolCounts = spread(weights, NATIONAL_UNITS.primarySchools)
  const units: TNationalUnit[] = []
  const privateOwners: TPrivateOwner[] = []
  const privateEvery = NATIONAL_UNITS.primarySchools / NATIONAL_UNITS.privatePrimarySchools
  let schoolIndex = 0
  ref.municipalities.forEach((m, mi) => {
    for (let s = 0; s < schoolCounts[mi]!; s++) {
      schoolIndex += 1
      const isPrivate = Math.floor(schoolIndex / privateEvery) > Math.floor((schoolIndex - 1) / privateEvery) && privateOwners.length < NATIONAL_UNITS.privatePrimarySchools
      const levelRoll = random.next()
      const levels: SchoolLevel[] = levelRoll < 0.55 ? ['PRIMARY'] : levelRoll < 0.75 ? ['LOWER_SECONDARY'] : ['PRIMARY', 'LOWER_SECONDARY']
      const name = placeName(random, schoolSuffixes)
      let ownerId = m.ownerId
      if (isPrivate) {
        ownerId = id()
        privateOwners.push({ id: ownerId, kind: 'PRIVATE_OWNER', name: `Stiftelsen ${name} i ${m.name}`, orgNumber: nextOrg(), countyId: m.countyId })
      }
      const pupilCount = Math.max(8, Math.round(random.skewed(isPrivate ? 90 : 210, 0.6)))
      units.push({
        id: id(), orgNumber: nextOrg(), name: `${name} (${m.name})`, kind: 'SCHOOL', levels, isPublic: !isPrivate,
        ownerId, municipalityId: m.id, pupilCount, staffFteCenti: Math.round((pupilCount / 9) * 100),
        writtenLanguage: nynorskCounties.has(m.countyNumber) && random.next() < 0.6 ? 'NN' : 'NB',
      })
    }
  })
  scalePupils(units, NATIONAL_UNITS.primaryPupils, 9)
  return { units, privateOwners }
}

/** Upper-secondary schools, owned by the county municipalities, spread by county size. */
function buildUpperSecondary(random: TRandom, ref: TReference, weights: number[], nextOrg: () => string, id: () => string) {
  const countyWeight = new Map<string, number>()
  ref.municipalities.forEach((m, i) => countyWeight.set(m.countyNumber, (countyWeight.get(m.countyNumber) ?? 0) + weights[i]!))
  const countyNumbers = [...countyWeight.keys()].sort()
  const upperCounts = splitProportionally(
    BigInt(NATIONAL_UNITS.upperSecondarySchools),
    countyNumbers.map((c) => BigInt(Math.round(countyWeight.get(c)! * 1000))),
  )
  const upper: TNationalUnit[] = []
  countyNumbers.forEach((countyNumber, ci) => {
    const inCounty = ref.municipalities.filter((m) => m.countyNumber === countyNumber)
    for (let s = 0; s < Number(upperCounts[ci]); s++) {
      const m = inCounty[s % inCounty.length]!
      const pupilCount = Math.max(40, Math.round(random.skewed(430, 0.5)))
      upper.push({
        id: id(), orgNumber: nextOrg(),
        name: `${m.name} videregående skole${s >= inCounty.length ? ` avd. ${Math.floor(s / inCounty.length) + 1}` : ''}`,
        kind: 'SCHOOL', levels: ['UPPER_SECONDARY'], isPublic: true, ownerId: ref.countyOwners.get(countyNumber)!,
        municipalityId: m.id, pupilCount, staffFteCenti: Math.round((pupilCount / 8) * 100), writtenLanguage: 'NB',
      })
    }
  })
  scalePupils(upper, NATIONAL_UNITS.upperSecondaryPupils, 8)
  return upper
}

function buildKindergartens(random: TRandom, ref: TReference, weights: number[], nextOrg: () => string, id: () => string) {
  const counts = spread(weights, NATIONAL_UNITS.kindergartens)
  const out: TNationalUnit[] = []
  ref.municipalities.forEach((m, mi) => {
    for (let k = 0; k < counts[mi]!; k++) {
      const children = Math.max(10, Math.round(random.skewed(70, 0.5)))
      out.push({
        id: id(), orgNumber: nextOrg(), name: `${placeName(random, kindergartenSuffixes)} (${m.name})`,
        kind: 'KINDERGARTEN', levels: ['KINDERGARTEN'], isPublic: true, ownerId: m.ownerId, municipalityId: m.id,
        pupilCount: children, staffFteCenti: Math.round((children / 6) * 100),
        writtenLanguage: nynorskCounties.has(m.countyNumber) && random.next() < 0.6 ? 'NN' : 'NB',
      })
    }
  })
  scalePupils(out, NATIONAL_UNITS.kindergartenChildren, 6)
  return out
}

/** Scales pupil counts so they add up to `total`, keeping each unit's relative size. */
function scalePupils(units: { pupilCount: number; staffFteCenti: number }[], total: number, perFte: number) {
  const shares = splitProportionally(BigInt(total), units.map((u) => BigInt(u.pupilCount)))
  units.forEach((u, i) => {
    u.pupilCount = Number(shares[i])
    u.staffFteCenti = Math.max(100, Math.round((u.pupilCount / perFte) * 100))
  })
}
