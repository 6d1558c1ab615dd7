import type { Prisma } from '@/generated/prisma/client'
import { rolePermissions, rolePlace, type Permission, type TPlace } from '../permissions'
import type { Actor, TActorMembership } from '../actor'

/**
 * The pieces every scope helper is made of. A scope is an OR over the actor's memberships that
 * carry the permission; each membership contributes what its place (permissions.ts, rolePlace)
 * reaches; no membership gives a filter that matches nothing (deny by default, see anyOf).
 *
 * Note: these are the application layer of the tenant wall. Row-level security in PostgreSQL is
 * the second layer (ADR 008); both must agree.
 */

/** The actor's memberships whose role carries `permission`. */
export function withPermission(actor: Actor, permission: Permission): TActorMembership[] {
  return actor.memberships.filter((m) => rolePermissions[m.role].includes(permission))
}

export const placeOf = (m: TActorMembership): TPlace => rolePlace[m.role]

// Note: Prisma reads `OR: [{}]` as matching nothing, so "everything" must be the empty filter itself.
export const reachesEverywhere = (memberships: TActorMembership[]) => memberships.some((m) => placeOf(m) === 'everywhere')

/**
 * An OR over the clauses, or a filter that matches nothing when there are none.
 *
 * Note: never `{ OR: [] }`. Prisma reads it as "nothing" at the top of a where, but as "no
 * condition" (everything) inside an `AND: [...]`, which is where callers combine scopes. Measured
 * with Prisma 7.10; scopes.test.ts holds it.
 */
export function anyOf<T>(clauses: T[]): T {
  return (clauses.length ? { OR: clauses } : { id: { in: [] } }) as T
}

/**
 * The usual scope: everything for a membership that reaches everywhere, else the OR of what each
 * membership carrying `permission` contributes.
 */
export function scopeOf<T>(actor: Actor, permission: Permission, clause: (m: TActorMembership) => T[]): T {
  const memberships = withPermission(actor, permission)
  if (reachesEverywhere(memberships)) return {} as T
  return anyOf(memberships.flatMap(clause))
}

/** The partnerships one membership reaches, by its place. */
export function partnershipClause(m: TActorMembership): Prisma.PartnershipWhereInput[] {
  switch (placeOf(m)) {
    case 'everywhere':
      return [] // handled by reachesEverywhere: no filter at all
    case 'office':
      // County governor staff see every partnership in the counties their office serves.
      return m.governorOfficeId ? [{ governorOfficeId: m.governorOfficeId }] : []
    case 'partnership':
      return m.partnershipId ? [{ id: m.partnershipId }] : []
    case 'university':
      return m.organisationId ? [{ universities: { some: { universityId: m.organisationId } } }] : []
    case 'facilitator':
      // The partnerships where the facilitator's university has assigned them an order, or where
      // that university serves and the secretariat named them on a measure.
      return m.organisationId
        ? [
            { uhOrders: { some: assignedOrders(m) } },
            { universities: { some: { universityId: m.organisationId } }, measureFacilitators: { some: { userId: m.userId } } },
          ]
        : []
    case 'owner':
      return m.organisationId ? [{ owners: { some: { ownerId: m.organisationId, leftOn: null } } }] : []
    case 'unit':
      return m.unitId ? [{ owners: { some: { leftOn: null, owner: { ownedUnits: { some: { id: m.unitId } } } } } }] : []
  }
}

/** The orders a facilitator's membership reaches: sent to their university and assigned to them. */
export function assignedOrders(m: TActorMembership): Prisma.UhOrderWhereInput {
  return { universityId: m.organisationId ?? undefined, status: { not: 'DRAFT' }, facilitators: { some: { userId: m.userId } } }
}

/**
 * The units a facilitator serves: those of the orders assigned to them, and those of the measures
 * they facilitate in partnerships their university serves. Named by rows, never by role.
 */
export function facilitatedUnits(m: TActorMembership): Prisma.UnitWhereInput[] {
  if (!m.organisationId) return []
  return [
    { uhOrderUnits: { some: { order: assignedOrders(m) } } },
    {
      measureUnits: {
        some: { measure: { facilitators: { some: { userId: m.userId } }, partnership: { universities: { some: { universityId: m.organisationId } } } } },
      },
    },
  ]
}

/** The partnerships the actor's memberships reach, counting only memberships that carry `permission`. */
export function partnershipsThrough(actor: Actor, permission: Permission): Prisma.PartnershipWhereInput {
  return scopeOf(actor, permission, partnershipClause)
}

/** Partnerships (tenants) the actor takes part in or oversees. */
export function partnershipScope(actor: Actor): Prisma.PartnershipWhereInput {
  return partnershipsThrough(actor, 'read:partnership')
}

/** Schools and kindergartens the actor may see. A principal sees their own unit only. */
export function unitScope(actor: Actor): Prisma.UnitWhereInput {
  return scopeOf(actor, 'read:unit', unitClause)
}

export function unitClause(m: TActorMembership): Prisma.UnitWhereInput[] {
  switch (placeOf(m)) {
    case 'everywhere':
      return []
    case 'office':
      return m.governorOfficeId ? [{ municipality: { county: { governorOfficeId: m.governorOfficeId } } }] : []
    case 'partnership':
      return m.partnershipId ? [{ owner: { partnershipOwners: { some: { partnershipId: m.partnershipId } } } }] : []
    case 'university':
      // The units of the owners in the partnerships this university serves.
      return m.organisationId
        ? [{ owner: { partnershipOwners: { some: { partnership: { universities: { some: { universityId: m.organisationId } } } } } } }]
        : []
    case 'facilitator':
      return facilitatedUnits(m)
    case 'owner':
      return m.organisationId ? [{ ownerId: m.organisationId }] : []
    case 'unit':
      return m.unitId ? [{ id: m.unitId }] : []
  }
}

/**
 * The shape of every "decide" scope: memberships that reach everywhere reach everything; those at
 * a county governor office reach what `clauses` says for that office (through memberships
 * carrying `permission`); anyone else reaches nothing.
 */
export function governorOfficeScope<T>(actor: Actor, permission: Permission, clauses: (officeId: string) => T[]): T {
  return scopeOf(actor, permission, (m) => (placeOf(m) === 'office' && m.governorOfficeId ? clauses(m.governorOfficeId) : []))
}

/** The units the actor's unit memberships belong to (principal, head and the unit's staff). */
export const ledUnits = (memberships: TActorMembership[]) => memberships.flatMap((m) => (placeOf(m) === 'unit' && m.unitId ? [m.unitId] : []))
