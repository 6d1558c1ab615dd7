import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '../actor'
import { anyOf, ledUnits, partnershipScope, placeOf, reachesEverywhere, unitClause, withPermission } from './core'
import { networkShareScope } from './networks'

// ─── The resource portal (issue 18, ADR 043) ─────────────────────────────────────────────────
// Who reads a resource is its visibility: everyone (PUBLIC), everyone logged in (LOGGED_IN), one
// partnership, one network or one unit. Authors always read their own. Row-level security walls
// the partnership, network and unit resources by their partnershipId; these filters narrow it to
// the network's people and units and to the unit's own people.

/** Resources anyone may read, without logging in. */
export const publicResourceScope: Prisma.ResourceWhereInput = { visibility: 'PUBLIC' }

/** The resources an actor reads: public and all-logged-in ones, and those shared with a partnership, network or unit it belongs to. */
export function resourceReadScope(actor: Actor): Prisma.ResourceWhereInput {
  if (reachesEverywhere(actor.memberships)) return {}
  if (actor.memberships.length === 0) return publicResourceScope
  const units = ledUnits(actor.memberships)
  return anyOf<Prisma.ResourceWhereInput>([
    { visibility: { in: ['PUBLIC', 'LOGGED_IN'] } },
    { visibility: 'PARTNERSHIP', partnership: partnershipScope(actor) },
    { visibility: 'NETWORK', network: networkReadersOf(actor, units) },
    ...(units.length ? [{ visibility: 'UNIT' as const, unitId: { in: units } }] : []),
    { createdById: actor.userId },
  ])
}

/** A network resource is for the network's people, the people of its units, its coordinators and the secretariat. */
function networkReadersOf(actor: Actor, units: string[]): Prisma.NetworkWhereInput {
  return {
    partnership: partnershipScope(actor),
    ...anyOf<Prisma.NetworkWhereInput>([
      { people: { some: { userId: actor.userId } } },
      ...(units.length ? [{ units: { some: { unitId: { in: units } } } }] : []),
      ...withPermission(actor, 'manage:development').flatMap((m) => (placeOf(m) === 'partnership' && m.partnershipId ? [{ partnershipId: m.partnershipId }] : [])),
    ]),
  }
}

/** Resources whose modules the actor keeps: its own (write:resources). */
export function resourceAuthorScope(actor: Actor): Prisma.ResourceWhereInput {
  const writers = withPermission(actor, 'write:resources')
  if (reachesEverywhere(writers)) return {}
  return writers.length ? { createdById: actor.userId } : anyOf<Prisma.ResourceWhereInput>([])
}

/** Resources waiting for wider sharing that the actor approves: those of the units it leads (approve:resources). */
export function resourceApproveScope(actor: Actor): Prisma.ResourceWhereInput {
  const approvers = withPermission(actor, 'approve:resources')
  if (reachesEverywhere(approvers)) return { requestedVisibility: { not: null } }
  const units = ledUnits(approvers)
  return units.length ? { requestedVisibility: { not: null }, visibility: 'UNIT', unitId: { in: units } } : anyOf<Prisma.ResourceWhereInput>([])
}

/** Units the actor starts and marks packages for: its own unit (use:resources). */
export function resourceUseUnitScope(actor: Actor): Prisma.UnitWhereInput {
  const users = withPermission(actor, 'use:resources')
  if (reachesEverywhere(users)) return {}
  return anyOf(ledUnits(users).map((id) => ({ id })))
}

/**
 * The uses (a unit or team working through a package) whose progress the actor reads: its own
 * unit's, the units it oversees with read:resource-progress (the owner, UH, the secretariat, the
 * county governor, by their places), and every use of a resource it wrote.
 */
export function resourceUseReadScope(actor: Actor): Prisma.ResourceUseWhereInput {
  if (reachesEverywhere(actor.memberships)) return {}
  const overseen = withPermission(actor, 'read:resource-progress').flatMap(unitClause)
  const own = ledUnits(withPermission(actor, 'use:resources'))
  return anyOf<Prisma.ResourceUseWhereInput>([
    ...overseen.map((unit) => ({ unit })),
    ...(own.length ? [{ unitId: { in: own } }] : []),
    ...(withPermission(actor, 'write:resources').length ? [{ resource: { createdById: actor.userId } }] : []),
  ])
}

/** Network resources the actor may publish to: the networks where it shares material. */
export const resourceNetworkScope = networkShareScope
