import type { Prisma } from '@/generated/prisma/client'
import { rolePermissions } from './permissions'
import type { Actor, TActorMembership } from './actor'

/**
 * Scope helpers: the one place that says which rows an actor may see. Every query on tenant data
 * goes through one of these. Each returns a Prisma filter that is an OR over the actor's
 * memberships; no membership gives `OR: []`, which matches nothing (deny by default).
 *
 * Note: these are the application layer of the tenant wall. Row-level security in PostgreSQL is
 * the second layer (see the login/roles issue); both must agree.
 */

/** Partnerships (tenants) the actor takes part in or oversees. */
export function partnershipScope(actor: Actor): Prisma.PartnershipWhereInput {
  const memberships = withPermission(actor, 'read:partnership')
  if (memberships.some(isPlatformAdmin)) return {}
  return { OR: memberships.flatMap(partnershipClause) }
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
  return { OR: memberships.flatMap(unitClause) }
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

/** Networks of the partnerships the actor may see. */
export function networkScope(actor: Actor): Prisma.NetworkWhereInput {
  return { partnership: partnershipScope(actor) }
}

// Note: Prisma reads `OR: [{}]` as matching nothing, so "everything" must be the empty filter itself.
const isPlatformAdmin = (m: TActorMembership) => m.role === 'PLATFORM_ADMIN'

function withPermission(actor: Actor, permission: Parameters<typeof rolePermissions.PRINCIPAL.includes>[0]) {
  return actor.memberships.filter((m) => rolePermissions[m.role].includes(permission))
}
