import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '../actor'
import { anyOf, ledUnits, partnershipScope, placeOf, reachesEverywhere, withPermission } from './core'

// ─── Learning networks and gatherings ────────────────────────────────────────────────────────
// Anyone may sit in a network or coordinate one: that is data (NetworkMember, role COORDINATOR),
// not a permission, so these helpers decide it from the rows and the actor's places. A person
// without any membership reaches nothing.

/**
 * Networks whose gatherings, tasks and attendance the actor runs: those where it is a coordinator
 * (in a partnership it still sees), and every network of the partnerships whose development work
 * it keeps (the secretariat, manage:development). Platform administrators run all.
 */
export function networkCoordinateScope(actor: Actor): Prisma.NetworkWhereInput {
  if (reachesEverywhere(actor.memberships)) return {}
  if (actor.memberships.length === 0) return anyOf<Prisma.NetworkWhereInput>([])
  const kept = withPermission(actor, 'manage:development').flatMap((m): Prisma.NetworkWhereInput[] =>
    placeOf(m) === 'partnership' && m.partnershipId ? [{ partnershipId: m.partnershipId }] : [],
  )
  return anyOf<Prisma.NetworkWhereInput>([{ people: { some: { userId: actor.userId, role: 'COORDINATOR' } }, partnership: partnershipScope(actor) }, ...kept])
}

/**
 * Gatherings the actor may register itself for: those of networks where it is a member (any
 * network role), or whose member units it leads as principal or kindergarten head.
 */
export function gatheringJoinScope(actor: Actor): Prisma.GatheringWhereInput {
  if (reachesEverywhere(actor.memberships)) return {}
  if (actor.memberships.length === 0) return anyOf<Prisma.GatheringWhereInput>([])
  const units = ledUnits(actor.memberships)
  return {
    network: {
      partnership: partnershipScope(actor),
      ...anyOf<Prisma.NetworkWhereInput>([{ people: { some: { userId: actor.userId } } }, ...(units.length ? [{ units: { some: { unitId: { in: units } } } }] : [])]),
    },
  }
}

/** The units of unitWorkScope as ids, read from the actor alone; null for an actor who reaches every unit. */
export function unitWorkIds(actor: Actor): string[] | null {
  return reachesEverywhere(actor.memberships) ? null : ledUnits(actor.memberships)
}

/** Units whose pre-work and reflection log the actor writes: a principal's or head's own unit. */
export function unitWorkScope(actor: Actor): Prisma.UnitWhereInput {
  if (reachesEverywhere(actor.memberships)) return {}
  return anyOf(ledUnits(actor.memberships).map((id) => ({ id })))
}

/**
 * Networks where the actor shares material: its people, the principals and heads of its member
 * units, and those who coordinate it. (Reading material is for everyone who reads the network.)
 */
export function networkShareScope(actor: Actor): Prisma.NetworkWhereInput {
  if (reachesEverywhere(actor.memberships)) return {}
  if (actor.memberships.length === 0) return anyOf<Prisma.NetworkWhereInput>([])
  const units = ledUnits(actor.memberships)
  return anyOf<Prisma.NetworkWhereInput>([
    { people: { some: { userId: actor.userId } }, partnership: partnershipScope(actor) },
    ...(units.length ? [{ units: { some: { unitId: { in: units } } }, partnership: partnershipScope(actor) }] : []),
    networkCoordinateScope(actor),
  ])
}

/** Networks of the partnerships the actor may see. */
export function networkScope(actor: Actor): Prisma.NetworkWhereInput {
  return { partnership: partnershipScope(actor) }
}
