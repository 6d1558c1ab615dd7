import type { Prisma, Role } from '@/generated/prisma/client'
import { ALL_ROLES, rolePlace, rolesAt } from '../permissions'
import type { Actor } from '../actor'
import { governorOfficeScope, placeOf, reachesEverywhere, withPermission } from './core'

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
 * every role inside their counties except those that reach everywhere or across counties (a
 * university's).
 *
 * Note: a university partner sees every partnership its university serves, across counties, so
 * one county's staff must not grant it; platform administrators do. A UH facilitator reaches
 * nothing until the university's coordinator assigns them orders, so county staff may invite one.
 */
export function grantableRoles(actor: Actor): Role[] {
  const memberships = withPermission(actor, 'manage:membership')
  if (reachesEverywhere(memberships)) return [...ALL_ROLES]
  if (memberships.some((m) => placeOf(m) === 'office' && m.governorOfficeId)) {
    return ALL_ROLES.filter((r) => rolePlace[r] !== 'everywhere' && rolePlace[r] !== 'university')
  }
  return []
}

/**
 * Memberships an actor may administer (see, change, end). For county governor staff, the place
 * that gives the membership its reach must lie in their counties: the partnership for forum
 * roles, the unit for principals and heads, the organisation for owners and the office's own staff.
 */
export function membershipManageScope(actor: Actor): Prisma.MembershipWhereInput {
  return governorOfficeScope<Prisma.MembershipWhereInput>(actor, 'manage:membership', (office) => [
    { role: { in: rolesAt('partnership') }, partnership: { governorOfficeId: office } },
    { role: { in: rolesAt('unit') }, unit: { municipality: { county: { governorOfficeId: office } } } },
    { role: { in: rolesAt('owner') }, organisation: governedOrganisations(office) },
    { role: { in: rolesAt('office') }, organisation: { governorOfficeId: office } },
    { role: { in: rolesAt('facilitator') }, organisation: servingUniversities(office) },
  ])
}

/** The universities that serve a partnership of the office's (where its staff may place UH facilitators). */
const servingUniversities = (officeId: string): Prisma.OrganisationWhereInput => ({
  kind: 'UNIVERSITY',
  partnershipUniversities: { some: { partnership: { governorOfficeId: officeId } } },
})

/**
 * Organisations an actor may invite people into (the same places as membershipManageScope).
 * Universities are among them for county governor staff only as places for the roles they may
 * grant there (grantableRoles: a facilitator, never a coordinator).
 */
export function organisationManageScope(actor: Actor): Prisma.OrganisationWhereInput {
  return governorOfficeScope(actor, 'manage:membership', (office) => [governedOrganisations(office), servingUniversities(office)])
}

/** Units an actor may appoint principals and kindergarten heads in. */
export function unitManageScope(actor: Actor): Prisma.UnitWhereInput {
  return governorOfficeScope<Prisma.UnitWhereInput>(actor, 'manage:membership', (office) => [{ municipality: { county: { governorOfficeId: office } } }])
}

/** Partnerships an actor may appoint forum secretariats and members in. */
export function partnershipManageScope(actor: Actor): Prisma.PartnershipWhereInput {
  return governorOfficeScope(actor, 'manage:membership', (office) => [{ governorOfficeId: office }])
}
