/**
 * National-scale data (`npm run seed:national`): all 357 municipalities in 15 counties with about
 * 2,660 primary and lower-secondary schools, 415 upper-secondary schools and 1,800 municipal
 * kindergartens, grouped into competence regions, and every tenant table in use: about 10,000
 * staff with memberships in every role, ten years of forum meetings, money, measures, school
 * development and learning networks with about 100,000 registrations (issue 14).
 * Generated from fixed seeds, so every run gives the same rows and ids. Names are invented.
 *
 * `scale` (0–1] seeds the activity of that share of the partnerships only (the reference data,
 * units and tenants stay whole), so a test can check every table in seconds.
 */
import type { PrismaClient } from '@/generated/prisma/client'
import { createRandom } from './random'
import { seedReference, type TReference } from './reference'
import { NATIONAL_UNITS, buildNationalUnits } from './national-units'
import { NATIONAL_YEARS, seedStructure, type TPartnership } from './national-structure'
import { loginUsers, seedPeople } from './national-people'
import { seedForums } from './national-forum'
import { CURRENT_YEAR, seedFunding } from './national-funding'
import { seedLettersAndReports } from './national-letters'
import { seedAssessments, seedNeeds } from './national-assessment'
import { seedOrdersAndPlans } from './national-plans'
import { seedTracks } from './national-tracks'
import { seedNetworkActivity } from './national-networks'
import { seedPortal } from './national-portal'
import { seedSurveys } from './national-surveys'
import { seedIndicators } from '~tests/factories/indicators'
import { createIds, insertRows } from './national-sql'

export const NATIONAL = { ...NATIONAL_UNITS, ...NATIONAL_YEARS } as const

export interface TNationalOptions {
  log?: (line: string) => void
  /** Share of the partnerships that get people and activity (default 1: all of them). */
  scale?: number
}

export async function seedNational(db: PrismaClient, options: TNationalOptions | ((line: string) => void) = {}) {
  const { log = () => {}, scale = 1 } = typeof options === 'function' ? { log: options } : options
  const random = createRandom(2025)
  const id = createIds(4242)
  const started = performance.now()
  let last = started
  const lap = (what: string) => {
    const now = performance.now()
    log(`${what}: ${Math.round(now - last)} ms (${((now - started) / 1000).toFixed(1)} s in all)`)
    last = now
  }

  const ref = await seedReference(db)
  lap('reference data (counties, municipalities, owners, universities)')
  const { units, upper, kindergartens, privateOwners } = buildNationalUnits(random, ref, id)
  await db.organisation.createMany({ data: privateOwners })
  await insertRows(db, 'Unit', [...units, ...upper, ...kindergartens].map((u) => ({ ...u, updatedAt: new Date('2017-01-01') })))
  lap(`${units.length} primary/lower-secondary and ${upper.length} upper-secondary schools, ${kindergartens.length} kindergartens`)
  const indicators = await seedIndicators(db, { counties: ref.counties, municipalities: ref.municipalities, schools: units.map((u) => ({ orgNumber: u.orgNumber, name: u.name, pupilCount: u.pupilCount })) })
  lap(`${indicators.cells} indicator cells (3 years, every county, municipality and school)`)
  const partnerships = await seedStructure(db, random, ref, { units: [...units, ...upper, ...kindergartens], privateOwners, id })
  lap(`${partnerships.length} partnerships with forums, networks, ${partnerships.length * NATIONAL.years} grant years and allocations`)

  const active = activePartnerships(partnerships, scale)
  const activity = await seedActivity(db, ref, active, id, lap)
  return {
    municipalities: ref.municipalities.length,
    schools: units.length,
    privateSchools: privateOwners.length,
    upperSecondary: upper.length,
    kindergartens: kindergartens.length,
    pupils: units.reduce((a, u) => a + u.pupilCount, 0),
    partnerships: partnerships.length,
    activePartnerships: active.length,
    grantYears: partnerships.length * NATIONAL.years,
    people: activity.people,
    loginUsers: activity.loginUsers,
    ms: Math.round(performance.now() - started),
  }
}

/** Evenly spread partnerships, `scale` of them (at least two), for a smaller but complete seed. */
function activePartnerships(partnerships: TPartnership[], scale: number) {
  if (scale >= 1) return partnerships
  const count = Math.max(2, Math.round(partnerships.length * scale))
  const step = partnerships.length / count
  return Array.from({ length: count }, (_, i) => partnerships[Math.floor(i * step)]!)
}

async function seedActivity(db: PrismaClient, ref: TReference, partnerships: TPartnership[], id: () => string, lap: (what: string) => void) {
  // Each part draws from its own stream, so changing one part leaves the others' data as it was.
  const people = await seedPeople(db, createRandom(1), ref, partnerships, id)
  lap(`${people.count} people with memberships in every role`)
  const forum = await seedForums(db, createRandom(2), ref, partnerships, people, id)
  lap(`forums: ${describe(forum.counts)}`)
  const funding = await seedFunding(db, createRandom(3), partnerships, people, forum, id)
  lap(`money and measures: ${describe(funding.counts)}`)
  lap(`award letters and owners' reports: ${describe(await seedLettersAndReports(db, CURRENT_YEAR))}`)
  lap(`self-assessments: ${describe(await seedAssessments(db, createRandom(4), partnerships, people, id))}`)
  lap(`needs reports: ${describe(await seedNeeds(db, createRandom(5), partnerships, people, id))}`)
  lap(`orders, visits and plans: ${describe(await seedOrdersAndPlans(db, createRandom(6), partnerships, people, funding.measures, id))}`)
  lap(`tracks and leader programmes: ${describe(await seedTracks(db, createRandom(9), partnerships, people, id))}`)
  lap(`networks in use: ${describe(await seedNetworkActivity(db, createRandom(7), partnerships, people, id))}`)
  lap(`mapping surveys: ${describe(await seedSurveys(db, createRandom(8), partnerships, id))}`)
  lap(`resource portal: ${describe(await seedPortal(db, partnerships, funding.measures, id))}`)
  await db.auditLog.createMany({ data: partnerships.map((p) => ({ partnershipId: p.id, action: 'seed', entity: 'Partnership', entityId: p.id, data: { source: 'national' } })) })
  return { people: people.count, loginUsers: loginUsers(people) }
}

const describe = (counts: Record<string, number>) =>
  Object.entries(counts).map(([table, n]) => `${n.toLocaleString('en-GB')} ${table}`).join(', ')

export type { TReference }
