/**
 * The national seed's people: staff users with memberships in every role (county governor staff,
 * secretariats, forum members, UH coordinators and facilitators, school owners, principals,
 * kindergarten heads, teachers, kindergarten staff, resource teachers, platform administrators).
 * Emails name the role and a number (rektor.1@…), so a benchmark or a developer
 * can log in as the first of each.
 */
import type { PrismaClient, Role } from '@/generated/prisma/client'
import type { createRandom } from './random'
import type { TReference } from './reference'
import type { TPartnership } from './national-structure'
import { insertRows, type TRow } from './national-sql'

export const NATIONAL_EMAIL_DOMAIN = 'nasjonal.samkomp.no'

/** The email prefix of each role's people; the bench logs in as `<prefix>.1@…`. */
export const rolePrefix: Record<Role, string> = {
  PLATFORM_ADMIN: 'admin',
  COUNTY_GOVERNOR_STAFF: 'statsforvalter',
  FORUM_SECRETARIAT: 'sekretariat',
  FORUM_MEMBER: 'forum',
  UNIVERSITY_PARTNER: 'uh',
  SCHOOL_OWNER: 'skoleeier',
  PRINCIPAL: 'rektor',
  KINDERGARTEN_HEAD: 'styrer',
  TEACHER: 'laerer',
  KINDERGARTEN_STAFF: 'barnehagelaerer',
  RESOURCE_TEACHER: 'ressurslaerer',
  UH_FACILITATOR: 'utviklingsveileder',
}

const firstNames = ['Anne', 'Inger', 'Kari', 'Marit', 'Ingrid', 'Liv', 'Eva', 'Berit', 'Astrid', 'Bjørg', 'Hilde', 'Nina', 'Ida', 'Nora', 'Sara', 'Emma', 'Jan', 'Per', 'Bjørn', 'Ole', 'Lars', 'Kjell', 'Knut', 'Arne', 'Hans', 'Geir', 'Terje', 'Odd', 'Jon', 'Erik', 'Ahmed', 'Fatima', 'Mohammad', 'Aisha', 'Ali', 'Elin', 'Silje', 'Tor', 'Sindre', 'Mari']
const lastNames = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl', 'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Strand', 'Solberg', 'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen', 'Mathisen', 'Lie']

export interface TPeople {
  /** Users per role, in the order they were made (the first is the bench's login). */
  byRole: Map<Role, { id: string; name: string; email: string }[]>
  secretariat: Map<string, string[]>
  forumMembers: Map<string, { userId: string; organisationId: string; name: string; email: string }[]>
  /** University id → its UH facilitators (UH_FACILITATOR; the first few people of each university are its coordinators). */
  facilitators: Map<string, string[]>
  ownerStaff: Map<string, string[]>
  /** Unit id → its principal or kindergarten head. */
  leaders: Map<string, string>
  /** Unit id → its resource teachers (RESOURCE_TEACHER there). */
  teachers: Map<string, string[]>
  count: number
}

export async function seedPeople(db: PrismaClient, random: ReturnType<typeof createRandom>, ref: TReference, partnerships: TPartnership[], id: () => string) {
  const users: TRow[] = []
  const memberships: TRow[] = []
  const numbers = new Map<string, number>()
  const startsOn = new Date('2017-01-01')
  const people: TPeople = { byRole: new Map(), secretariat: new Map(), forumMembers: new Map(), facilitators: new Map(), ownerStaff: new Map(), leaders: new Map(), teachers: new Map(), count: 0 }
  const person = (prefix: string, membership?: { role: Role; organisationId?: string; unitId?: string; partnershipId?: string }) => {
    const n = (numbers.get(prefix) ?? 0) + 1
    numbers.set(prefix, n)
    const name = `${random.pick(firstNames)} ${random.pick(lastNames)}`
    const user = { id: id(), name, email: `${prefix}.${n}@${NATIONAL_EMAIL_DOMAIN}`, locale: random.next() < 0.15 ? 'nn' : 'nb', createdAt: startsOn, updatedAt: startsOn }
    users.push(user)
    if (membership) {
      memberships.push({ id: id(), userId: user.id, role: membership.role, organisationId: membership.organisationId ?? null, unitId: membership.unitId ?? null, partnershipId: membership.partnershipId ?? null, startsOn, createdAt: startsOn })
      const list = people.byRole.get(membership.role) ?? []
      list.push({ id: user.id, name, email: user.email })
      people.byRole.set(membership.role, list)
    }
    return user
  }
  for (let i = 0; i < 3; i++) person(rolePrefix.PLATFORM_ADMIN, { role: 'PLATFORM_ADMIN' })
  for (const office of ref.governorOffices.values()) {
    for (let i = 0; i < 10; i++) person(rolePrefix.COUNTY_GOVERNOR_STAFF, { role: 'COUNTY_GOVERNOR_STAFF', organisationId: office.organisationId })
  }
  addPartnershipPeople(ref, partnerships, people, person)
  addUnitPeople(random, partnerships, people, person)
  people.count = users.length
  await insertRows(db, 'User', users)
  await insertRows(db, 'Membership', memberships)
  return people
}

type TPerson = (prefix: string, membership?: { role: Role; organisationId?: string; unitId?: string; partnershipId?: string }) => { id: string; name: string; email: string }

/** Secretariats and forum members per partnership, UH facilitators per university, owner staff. */
function addPartnershipPeople(ref: TReference, partnerships: TPartnership[], people: TPeople, person: TPerson) {
  const officeOrg = new Map([...ref.governorOffices.values()].map((o) => [o.id, o.organisationId]))
  const memberOrgs = [...ref.memberOrganisations.values()]
  for (const p of partnerships) {
    const organisationId = officeOrg.get(p.governorOfficeId)!
    people.secretariat.set(p.id, [0, 1].map(() => person(rolePrefix.FORUM_SECRETARIAT, { role: 'FORUM_SECRETARIAT', organisationId, partnershipId: p.id }).id))
    // Forum members: a representative of each of the first six owners, of the UH partners and of three member organisations.
    const orgs = [...p.ownerIds.slice(0, 6), ...p.universityIds, ...memberOrgs.slice(0, 3)]
    people.forumMembers.set(p.id, orgs.map((org) => {
      const u = person(rolePrefix.FORUM_MEMBER, { role: 'FORUM_MEMBER', organisationId: org, partnershipId: p.id })
      return { userId: u.id, organisationId: org, name: u.name, email: u.email }
    }))
  }
  const universities = new Set(partnerships.flatMap((p) => p.universityIds))
  for (const universityId of [...universities].sort()) {
    // Three coordinators, who assign the orders to the facilitators.
    for (let i = 0; i < 3; i++) person(rolePrefix.UNIVERSITY_PARTNER, { role: 'UNIVERSITY_PARTNER', organisationId: universityId })
    people.facilitators.set(universityId, Array.from({ length: 22 }, () => person(rolePrefix.UH_FACILITATOR, { role: 'UH_FACILITATOR', organisationId: universityId }).id))
  }
  const owners = new Set(partnerships.flatMap((p) => p.ownerIds))
  for (const ownerId of owners) {
    people.ownerStaff.set(ownerId, [0, 1].map(() => person(rolePrefix.SCHOOL_OWNER, { role: 'SCHOOL_OWNER', organisationId: ownerId }).id))
  }
}

/**
 * A principal or kindergarten head per unit, a resource teacher in most schools, two teachers per
 * school and one member of staff per kindergarten (a few hundred of each per county: the people
 * who log in, not the whole staff).
 */
function addUnitPeople(random: ReturnType<typeof createRandom>, partnerships: TPartnership[], people: TPeople, person: TPerson) {
  for (const p of partnerships) {
    for (const unit of p.units) {
      const school = unit.kind !== 'KINDERGARTEN'
      const role: Role = school ? 'PRINCIPAL' : 'KINDERGARTEN_HEAD'
      people.leaders.set(unit.id, person(rolePrefix[role], { role, unitId: unit.id }).id)
      if (school && random.next() < 0.75) people.teachers.set(unit.id, [person(rolePrefix.RESOURCE_TEACHER, { role: 'RESOURCE_TEACHER', unitId: unit.id }).id])
      const staff: Role = school ? 'TEACHER' : 'KINDERGARTEN_STAFF'
      for (let i = school ? 2 : 1; i > 0; i--) person(rolePrefix[staff], { role: staff, unitId: unit.id })
    }
  }
}

/** A few of each role's people, for logging in (printed at the end of the seed). */
export function loginUsers(people: TPeople, perRole = 3) {
  return [...people.byRole.entries()].map(([role, list]) => ({ role, users: list.slice(0, perRole) }))
}
