import type { Prisma, Role } from '@/generated/prisma/client'
import { rolePermissions, type Permission } from './permissions'
import type { Actor, TActorMembership } from './actor'

/**
 * Scope helpers: the one place that says which rows an actor may see. Every query on tenant data
 * goes through one of these. Each returns a Prisma filter that is an OR over the actor's
 * memberships; no membership gives a filter that matches nothing (deny by default, see anyOf).
 *
 * Note: these are the application layer of the tenant wall. Row-level security in PostgreSQL is
 * the second layer (see the login/roles issue); both must agree.
 */

/** Partnerships (tenants) the actor takes part in or oversees. */
export function partnershipScope(actor: Actor): Prisma.PartnershipWhereInput {
  return partnershipsThrough(actor, 'read:partnership')
}

/** The partnerships the actor's memberships reach, counting only memberships that carry `permission`. */
function partnershipsThrough(actor: Actor, permission: Permission): Prisma.PartnershipWhereInput {
  const memberships = withPermission(actor, permission)
  if (memberships.some(isPlatformAdmin)) return {}
  return anyOf(memberships.flatMap(partnershipClause))
}

function partnershipClause(m: TActorMembership): Prisma.PartnershipWhereInput[] {
  switch (m.role) {
    case 'PLATFORM_ADMIN':
      return [] // handled above: no filter at all
    case 'COUNTY_GOVERNOR_STAFF':
      // County governor staff see every partnership in the counties their office serves.
      return m.governorOfficeId ? [{ governorOfficeId: m.governorOfficeId }] : []
    case 'FORUM_SECRETARIAT':
    case 'FORUM_MEMBER':
      return m.partnershipId ? [{ id: m.partnershipId }] : []
    case 'UNIVERSITY_PARTNER':
      return m.organisationId ? [{ universities: { some: { universityId: m.organisationId } } }] : []
    case 'SCHOOL_OWNER':
      return m.organisationId ? [{ owners: { some: { ownerId: m.organisationId, leftOn: null } } }] : []
    case 'PRINCIPAL':
    case 'KINDERGARTEN_HEAD':
      return m.unitId ? [{ owners: { some: { leftOn: null, owner: { ownedUnits: { some: { id: m.unitId } } } } } }] : []
  }
}

/** Schools and kindergartens the actor may see. A principal sees their own unit only. */
export function unitScope(actor: Actor): Prisma.UnitWhereInput {
  const memberships = withPermission(actor, 'read:unit')
  if (memberships.some(isPlatformAdmin)) return {}
  return anyOf(memberships.flatMap(unitClause))
}

function unitClause(m: TActorMembership): Prisma.UnitWhereInput[] {
  switch (m.role) {
    case 'PLATFORM_ADMIN':
      return [] // handled above: no filter at all
    case 'COUNTY_GOVERNOR_STAFF':
      return m.governorOfficeId ? [{ municipality: { county: { governorOfficeId: m.governorOfficeId } } }] : []
    case 'FORUM_SECRETARIAT':
    case 'FORUM_MEMBER':
      return m.partnershipId ? [{ owner: { partnershipOwners: { some: { partnershipId: m.partnershipId } } } }] : []
    case 'UNIVERSITY_PARTNER':
      // The units of the owners in the partnerships this university serves.
      return m.organisationId
        ? [{ owner: { partnershipOwners: { some: { partnership: { universities: { some: { universityId: m.organisationId } } } } } } }]
        : []
    case 'SCHOOL_OWNER':
      return m.organisationId ? [{ ownerId: m.organisationId }] : []
    case 'PRINCIPAL':
    case 'KINDERGARTEN_HEAD':
      return m.unitId ? [{ id: m.unitId }] : []
  }
}

/**
 * Partnerships whose money the actor may see: the partnerships they see, through the memberships
 * that carry read:funding (so a principal, a kindergarten head or a forum member sees none).
 *
 * Note: awards and allocation tables are public administrative decisions, so a school owner or UH
 * partner reads the whole table of the partnerships it takes part in, not only its own rows.
 */
export function fundingReadScope(actor: Actor): Prisma.PartnershipWhereInput {
  return partnershipsThrough(actor, 'read:funding')
}

/** Partnerships whose grant years, allocation key and awards the actor decides: the county governor's. */
export function fundingManageScope(actor: Actor): Prisma.PartnershipWhereInput {
  return governorOfficeScope(actor, 'manage:funding', (office) => [{ governorOfficeId: office }])
}

/**
 * Partnerships where the actor follows every recipient's money (the county governor, the forum
 * secretariat, platform administrators). Others with read:funding follow their own organisation.
 */
export function fundingOverseeScope(actor: Actor): Prisma.PartnershipWhereInput {
  const memberships = withPermission(actor, 'read:funding')
  if (memberships.some(isPlatformAdmin)) return {}
  return anyOf(
    memberships.flatMap((m): Prisma.PartnershipWhereInput[] =>
      m.role === 'COUNTY_GOVERNOR_STAFF' || m.role === 'FORUM_SECRETARIAT' ? partnershipClause(m) : [],
    ),
  )
}

/**
 * Organisations whose co-financing and use of funds the actor reports: a school owner or UH
 * partner reports for its own organisation only; platform administrators for any.
 */
export function fundingReportScope(actor: Actor): Prisma.OrganisationWhereInput {
  const memberships = withPermission(actor, 'report:funding')
  if (memberships.some(isPlatformAdmin)) return {}
  return anyOf(memberships.flatMap((m) => (m.organisationId ? [{ id: m.organisationId }] : [])))
}

/**
 * Partnerships whose forum records (members, meetings, papers, decisions, minutes) the actor
 * reads: the forum's own secretariat and members, and the county governor for every forum in
 * its counties. Decisions not exempt are public anyway (the journal needs no login).
 */
export function forumReadScope(actor: Actor): Prisma.PartnershipWhereInput {
  return partnershipsThrough(actor, 'read:forum')
}

/** Partnerships whose forum the actor runs: its secretariat (platform administrators everywhere). */
export function forumManageScope(actor: Actor): Prisma.PartnershipWhereInput {
  const memberships = withPermission(actor, 'manage:forum')
  if (memberships.some(isPlatformAdmin)) return {}
  return anyOf(memberships.flatMap((m) => (m.role === 'FORUM_SECRETARIAT' && m.partnershipId ? [{ id: m.partnershipId }] : [])))
}

// ─── School development (needs analyses, orders to UH, measures, plans, visits) ──────────────

/** Units whose self-assessment and unit plan the actor writes: a principal's or head's own unit. */
export function unitAssessScope(actor: Actor): Prisma.UnitWhereInput {
  const memberships = withPermission(actor, 'assess:unit')
  if (memberships.some(isPlatformAdmin)) return {}
  return anyOf(memberships.flatMap((m) => (m.unitId ? [{ id: m.unitId }] : [])))
}

/**
 * Self-assessments the actor reads: the principal or head reads their own unit's; a school owner
 * reads its units' only while the principal shares them. Nobody else reads them (the forum and
 * the county governor see the owner's needs report instead).
 */
export function assessmentReadScope(actor: Actor): Prisma.SelfAssessmentWhereInput {
  const memberships = withPermission(actor, 'read:assessment')
  if (memberships.some(isPlatformAdmin)) return {}
  return anyOf(
    memberships.flatMap((m): Prisma.SelfAssessmentWhereInput[] => {
      if (m.role === 'SCHOOL_OWNER') return m.organisationId ? [{ sharedAt: { not: null }, unit: { ownerId: m.organisationId } }] : []
      return m.unitId ? [{ unitId: m.unitId }] : []
    }),
  )
}

/** Owners the actor writes needs reports and orders to UH for: its own organisation. */
export function ownerReportScope(actor: Actor): Prisma.OrganisationWhereInput {
  const memberships = withPermission(actor, 'report:needs')
  if (memberships.some(isPlatformAdmin)) return {}
  return anyOf(memberships.flatMap((m) => (m.role === 'SCHOOL_OWNER' && m.organisationId ? [{ id: m.organisationId }] : [])))
}

/**
 * Needs reports the actor reads: an owner its own (drafts too, joint ones included); the forum
 * (secretariat and members) and the county governor every submitted report of their partnerships.
 */
export function needsReadScope(actor: Actor): Prisma.NeedsReportWhereInput {
  const memberships = withPermission(actor, 'read:needs')
  if (memberships.some(isPlatformAdmin)) return {}
  return anyOf(
    memberships.flatMap((m): Prisma.NeedsReportWhereInput[] => {
      if (m.role === 'SCHOOL_OWNER') return m.organisationId ? [{ owners: { some: { ownerId: m.organisationId } } }] : []
      return partnershipClause(m).map((partnership) => ({ status: 'SUBMITTED' as const, partnership }))
    }),
  )
}

/**
 * Orders to UH the actor reads: an owner its own; the UH partner the ones sent to its
 * university; the forum and the county governor every sent order of their partnerships.
 */
export function orderReadScope(actor: Actor): Prisma.UhOrderWhereInput {
  const memberships = withPermission(actor, 'read:orders')
  if (memberships.some(isPlatformAdmin)) return {}
  const sent = { status: { not: 'DRAFT' as const } }
  return anyOf(
    memberships.flatMap((m): Prisma.UhOrderWhereInput[] => {
      if (m.role === 'SCHOOL_OWNER') return m.organisationId ? [{ owners: { some: { ownerId: m.organisationId } } }] : []
      if (m.role === 'UNIVERSITY_PARTNER') return m.organisationId ? [{ ...sent, universityId: m.organisationId }] : []
      return partnershipClause(m).map((partnership) => ({ ...sent, partnership }))
    }),
  )
}

/** Universities the actor answers orders and logs visits for: its own. */
export function universityServeScope(actor: Actor): Prisma.OrganisationWhereInput {
  const memberships = withPermission(actor, 'serve:units')
  if (memberships.some(isPlatformAdmin)) return {}
  return anyOf(memberships.flatMap((m) => (m.organisationId ? [{ id: m.organisationId, kind: 'UNIVERSITY' as const }] : [])))
}

/** Units a UH partner serves: those of the owners in the partnerships its university serves. */
export function unitServeScope(actor: Actor): Prisma.UnitWhereInput {
  const memberships = withPermission(actor, 'serve:units')
  if (memberships.some(isPlatformAdmin)) return {}
  return anyOf(
    memberships.flatMap((m): Prisma.UnitWhereInput[] =>
      m.organisationId
        ? [{ owner: { partnershipOwners: { some: { leftOn: null, partnership: { universities: { some: { universityId: m.organisationId } } } } } } }]
        : [],
    ),
  )
}

/** Partnerships whose measures, partnership plan and statement sets the actor keeps: the secretariat's. */
export function developmentManageScope(actor: Actor): Prisma.PartnershipWhereInput {
  const memberships = withPermission(actor, 'manage:development')
  if (memberships.some(isPlatformAdmin)) return {}
  return anyOf(memberships.flatMap((m) => (m.role === 'FORUM_SECRETARIAT' && m.partnershipId ? [{ id: m.partnershipId }] : [])))
}

/** Measures the actor reads: every measure of the partnerships it sees (measures are public work). */
export function measureReadScope(actor: Actor): Prisma.MeasureWhereInput {
  return { partnership: partnershipScope(actor) }
}

/** Development plans the actor reads: partnership plans where it takes part, unit plans of units it sees. */
export function planReadScope(actor: Actor): Prisma.DevelopmentPlanWhereInput {
  return { partnership: partnershipScope(actor), OR: [{ unitId: null }, { unit: unitScope(actor) }] }
}

/**
 * Plans the actor writes (levels, progress reviews): a principal or head their own unit's plans,
 * the secretariat its partnership's plan (not the units' own).
 */
export function planWriteScope(actor: Actor): Prisma.DevelopmentPlanWhereInput {
  const memberships = withPermission(actor, 'write:plan')
  if (memberships.some(isPlatformAdmin)) return {}
  return anyOf(
    memberships.flatMap((m): Prisma.DevelopmentPlanWhereInput[] => {
      if (m.role === 'FORUM_SECRETARIAT') return m.partnershipId ? [{ unitId: null, partnershipId: m.partnershipId }] : []
      return m.unitId ? [{ unitId: m.unitId }] : []
    }),
  )
}

/**
 * UH visits the actor reads: the university's own, the visited unit's (principal or head), and
 * the owner's units'. Visit notes are written for the unit, not for the forum.
 */
export function visitReadScope(actor: Actor): Prisma.UhVisitWhereInput {
  const memberships = withPermission(actor, 'read:visits')
  if (memberships.some(isPlatformAdmin)) return {}
  return anyOf(
    memberships.flatMap((m): Prisma.UhVisitWhereInput[] => {
      if (m.role === 'UNIVERSITY_PARTNER') return m.organisationId ? [{ universityId: m.organisationId }] : []
      if (m.role === 'SCHOOL_OWNER') return m.organisationId ? [{ unit: { ownerId: m.organisationId } }] : []
      return m.unitId ? [{ unitId: m.unitId }] : []
    }),
  )
}

/** Networks of the partnerships the actor may see. */
export function networkScope(actor: Actor): Prisma.NetworkWhereInput {
  return { partnership: partnershipScope(actor) }
}

/**
 * The organisations whose people a county governor office may administer: itself, and the school
 * owners (municipal, county and private) in the counties it serves.
 */
function governedOrganisations(officeId: string): Prisma.OrganisationWhereInput {
  return {
    OR: [
      { governorOfficeId: officeId },
      { kind: 'MUNICIPALITY', municipality: { county: { governorOfficeId: officeId } } },
      { kind: 'COUNTY_MUNICIPALITY', county: { governorOfficeId: officeId } },
      { kind: 'PRIVATE_OWNER', ownedUnits: { some: { municipality: { county: { governorOfficeId: officeId } } } } },
    ],
  }
}

/**
 * Roles an actor may hand out. Platform administrators hand out any role; county governor staff
 * every role inside their counties except platform administrator and university partner.
 *
 * Note: a university partner sees every partnership its university serves, across counties, so
 * one county's staff must not grant it; platform administrators do.
 */
export function grantableRoles(actor: Actor): Role[] {
  const memberships = withPermission(actor, 'manage:membership')
  if (memberships.some(isPlatformAdmin)) return [...ALL_ROLES]
  if (memberships.some((m) => m.role === 'COUNTY_GOVERNOR_STAFF' && m.governorOfficeId)) {
    return ALL_ROLES.filter((r) => r !== 'PLATFORM_ADMIN' && r !== 'UNIVERSITY_PARTNER')
  }
  return []
}

export const ALL_ROLES: readonly Role[] = [
  'COUNTY_GOVERNOR_STAFF',
  'FORUM_SECRETARIAT',
  'FORUM_MEMBER',
  'UNIVERSITY_PARTNER',
  'SCHOOL_OWNER',
  'PRINCIPAL',
  'KINDERGARTEN_HEAD',
  'PLATFORM_ADMIN',
]

/**
 * Memberships an actor may administer (see, change, end). For county governor staff, the place
 * that gives the membership its reach must lie in their counties: the partnership for forum
 * roles, the unit for principals and heads, the organisation for owners and the office's own staff.
 */
export function membershipManageScope(actor: Actor): Prisma.MembershipWhereInput {
  return governorOfficeScope<Prisma.MembershipWhereInput>(actor, 'manage:membership', (office) => [
    { role: { in: ['FORUM_SECRETARIAT', 'FORUM_MEMBER'] }, partnership: { governorOfficeId: office } },
    { role: { in: ['PRINCIPAL', 'KINDERGARTEN_HEAD'] }, unit: { municipality: { county: { governorOfficeId: office } } } },
    { role: 'SCHOOL_OWNER', organisation: governedOrganisations(office) },
    { role: 'COUNTY_GOVERNOR_STAFF', organisation: { governorOfficeId: office } },
  ])
}

/** Organisations an actor may invite people into (the same places as membershipManageScope). */
export function organisationManageScope(actor: Actor): Prisma.OrganisationWhereInput {
  return governorOfficeScope(actor, 'manage:membership', (office) => [governedOrganisations(office)])
}

/** Units an actor may appoint principals and kindergarten heads in. */
export function unitManageScope(actor: Actor): Prisma.UnitWhereInput {
  return governorOfficeScope<Prisma.UnitWhereInput>(actor, 'manage:membership', (office) => [
    { municipality: { county: { governorOfficeId: office } } },
  ])
}

/** Partnerships an actor may appoint forum secretariats and members in. */
export function partnershipManageScope(actor: Actor): Prisma.PartnershipWhereInput {
  return governorOfficeScope(actor, 'manage:membership', (office) => [{ governorOfficeId: office }])
}

/**
 * The shape of every "decide" scope: platform administrators reach everything; county governor
 * staff reach what `clauses` says for each office they work at (through memberships carrying
 * `permission`); anyone else reaches nothing.
 */
function governorOfficeScope<T>(actor: Actor, permission: Permission, clauses: (officeId: string) => T[]): T {
  const memberships = withPermission(actor, permission)
  if (memberships.some(isPlatformAdmin)) return {} as T
  return anyOf(memberships.flatMap((m) => (m.role === 'COUNTY_GOVERNOR_STAFF' && m.governorOfficeId ? clauses(m.governorOfficeId) : [])))
}

/**
 * An OR over the clauses, or a filter that matches nothing when there are none.
 *
 * Note: never `{ OR: [] }`. Prisma reads it as "nothing" at the top of a where, but as "no
 * condition" (everything) inside an `AND: [...]`, which is where callers combine scopes. Measured
 * with Prisma 7.10; scopes.test.ts holds it.
 */
function anyOf<T>(clauses: T[]): T {
  return (clauses.length ? { OR: clauses } : { id: { in: [] } }) as T
}

// Note: Prisma reads `OR: [{}]` as matching nothing, so "everything" must be the empty filter itself.
const isPlatformAdmin = (m: TActorMembership) => m.role === 'PLATFORM_ADMIN'

function withPermission(actor: Actor, permission: Permission) {
  return actor.memberships.filter((m) => rolePermissions[m.role].includes(permission))
}

// ─── Learning networks and gatherings ────────────────────────────────────────────────────────
// Anyone may sit in a network or coordinate one: that is data (NetworkMember), so every role
// carries join:gatherings and coordinate:networks, and these helpers decide where.

/**
 * Networks whose gatherings, tasks and attendance the actor runs: those where it is a coordinator
 * (in a partnership it still sees), and every network of the partnerships whose development work
 * it keeps (the secretariat, manage:development). Platform administrators run all.
 */
export function networkCoordinateScope(actor: Actor): Prisma.NetworkWhereInput {
  const memberships = withPermission(actor, 'coordinate:networks')
  if (memberships.some(isPlatformAdmin)) return {}
  if (memberships.length === 0) return anyOf<Prisma.NetworkWhereInput>([])
  const kept = withPermission(actor, 'manage:development').flatMap((m): Prisma.NetworkWhereInput[] =>
    m.role === 'FORUM_SECRETARIAT' && m.partnershipId ? [{ partnershipId: m.partnershipId }] : [],
  )
  return anyOf<Prisma.NetworkWhereInput>([{ people: { some: { userId: actor.userId, role: 'COORDINATOR' } }, partnership: partnershipScope(actor) }, ...kept])
}

/**
 * Gatherings the actor may register itself for: those of networks where it is a member (any
 * network role), or whose member units it leads as principal or kindergarten head.
 */
export function gatheringJoinScope(actor: Actor): Prisma.GatheringWhereInput {
  const memberships = withPermission(actor, 'join:gatherings')
  if (memberships.some(isPlatformAdmin)) return {}
  if (memberships.length === 0) return anyOf<Prisma.GatheringWhereInput>([])
  const units = memberships.flatMap((m) => ((m.role === 'PRINCIPAL' || m.role === 'KINDERGARTEN_HEAD') && m.unitId ? [m.unitId] : []))
  return {
    network: {
      partnership: partnershipScope(actor),
      ...anyOf<Prisma.NetworkWhereInput>([{ people: { some: { userId: actor.userId } } }, ...(units.length ? [{ units: { some: { unitId: { in: units } } } }] : [])]),
    },
  }
}

/** Units whose pre-work and reflection log the actor writes: a principal's or head's own unit. */
export function unitWorkScope(actor: Actor): Prisma.UnitWhereInput {
  const memberships = withPermission(actor, 'join:gatherings')
  if (memberships.some(isPlatformAdmin)) return {}
  return anyOf(memberships.flatMap((m) => ((m.role === 'PRINCIPAL' || m.role === 'KINDERGARTEN_HEAD') && m.unitId ? [{ id: m.unitId }] : [])))
}

/**
 * Networks where the actor shares material: its people, the principals and heads of its member
 * units, and those who coordinate it. (Reading material is for everyone who reads the network.)
 */
export function networkShareScope(actor: Actor): Prisma.NetworkWhereInput {
  const memberships = withPermission(actor, 'join:gatherings')
  if (memberships.some(isPlatformAdmin)) return {}
  if (memberships.length === 0) return anyOf<Prisma.NetworkWhereInput>([])
  const units = memberships.flatMap((m) => ((m.role === 'PRINCIPAL' || m.role === 'KINDERGARTEN_HEAD') && m.unitId ? [m.unitId] : []))
  return anyOf<Prisma.NetworkWhereInput>([
    { people: { some: { userId: actor.userId } }, partnership: partnershipScope(actor) },
    ...(units.length ? [{ units: { some: { unitId: { in: units } } }, partnership: partnershipScope(actor) }] : []),
    networkCoordinateScope(actor),
  ])
}
