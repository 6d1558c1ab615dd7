import type { Prisma } from '@/generated/prisma/client'
import type { Actor, TActorMembership } from '../actor'
import { governorOfficeScope, partnershipClause, partnershipsThrough, placeOf, reachesEverywhere, scopeOf, withPermission } from './core'

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
 * secretariat, platform administrators). Others with read:funding follow their own organisation:
 * what decides is the place, since a forum's own people with read:funding oversee its money.
 */
export function fundingOverseeScope(actor: Actor): Prisma.PartnershipWhereInput {
  return scopeOf(actor, 'read:funding', (m) => (overseesFunding(m) ? partnershipClause(m) : []))
}

const overseesFunding = (m: TActorMembership) => placeOf(m) === 'office' || placeOf(m) === 'partnership'

/**
 * How fundingOverseeScope compares with fundingReadScope, read from the memberships alone:
 * the same partnerships ('all': every membership with read:funding oversees, or one reaches
 * everywhere), none of them, or some ('some': only the database can tell which). Lets the
 * dashboard skip a query whose answer the actor already gives.
 */
export function fundingOverseeReach(actor: Actor): 'all' | 'none' | 'some' {
  const memberships = withPermission(actor, 'read:funding')
  if (memberships.length === 0) return 'none'
  if (reachesEverywhere(memberships)) return 'all'
  const oversee = memberships.filter(overseesFunding).length
  return oversee === memberships.length ? 'all' : oversee === 0 ? 'none' : 'some'
}

/**
 * Organisations whose co-financing and use of funds the actor reports: a school owner or UH
 * partner reports for its own organisation only; platform administrators for any.
 */
export function fundingReportScope(actor: Actor): Prisma.OrganisationWhereInput {
  return scopeOf(actor, 'report:funding', (m) => (m.organisationId ? [{ id: m.organisationId }] : []))
}

/**
 * The same organisations as ids, where the memberships tell them (the organisation of each
 * membership that reports); null for someone who reports for any (platform administrators), where
 * only fundingReportScope can say. Lets the dashboard skip a query whose answer the actor gives.
 */
export function fundingReportIds(actor: Actor): string[] | null {
  const memberships = withPermission(actor, 'report:funding')
  if (reachesEverywhere(memberships)) return null
  return [...new Set(memberships.flatMap((m) => (m.organisationId ? [m.organisationId] : [])))]
}

/**
 * Partnerships whose forum records (members, meetings, papers, decisions, minutes) the actor
 * reads: the forum's own secretariat and members, and the county governor for every forum in
 * its counties. Decisions not exempt are public anyway (the journal needs no login).
 */
export function forumReadScope(actor: Actor): Prisma.PartnershipWhereInput {
  return partnershipsThrough(actor, 'read:forum')
}

/** Partnerships whose forum the actor runs: its secretariat's own (manage:forum at the partnership). */
export function forumManageScope(actor: Actor): Prisma.PartnershipWhereInput {
  return scopeOf(actor, 'manage:forum', (m) => (placeOf(m) === 'partnership' && m.partnershipId ? [{ id: m.partnershipId }] : []))
}
