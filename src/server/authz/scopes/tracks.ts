import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '../actor'
import { partnershipScope, partnershipsThrough, placeOf, scopeOf, unitScope } from './core'

// ─── Differentiated tracks and the spread between units (issue 20, ADR 039) ─────────────────

/**
 * Units whose track the actor sets: a school owner its own units, the secretariat the units of
 * its partnership's owners, county governor staff those of the partnerships in their office's
 * counties. Only owners taking part now: a track belongs to the partnership's current work.
 */
export function unitTrackScope(actor: Actor): Prisma.UnitWhereInput {
  return scopeOf(actor, 'set:unit-track', (m): Prisma.UnitWhereInput[] => {
    switch (placeOf(m)) {
      case 'owner':
        return m.organisationId ? [{ ownerId: m.organisationId }] : []
      case 'partnership':
        return m.partnershipId ? [{ owner: { partnershipOwners: { some: { partnershipId: m.partnershipId, leftOn: null } } } }] : []
      case 'office':
        return m.governorOfficeId ? [{ owner: { partnershipOwners: { some: { leftOn: null, partnership: { governorOfficeId: m.governorOfficeId } } } } }] : []
      default:
        return []
    }
  })
}

/** Partnerships in which the actor sets tracks (the unit's owner must take part there too). */
export function trackPartnershipScope(actor: Actor): Prisma.PartnershipWhereInput {
  return partnershipsThrough(actor, 'set:unit-track')
}

/** Track changes the actor reads: those of the units it sees, in the partnerships it takes part in. */
export function trackReadScope(actor: Actor): Prisma.UnitTrackChangeWhereInput {
  return { partnership: partnershipScope(actor), unit: unitScope(actor) }
}

/**
 * Partnerships whose spread of stages and tracks the actor reads (read:spread): the forum, the
 * county governor, and an owner (over its own units only, as unitScope gives it).
 */
export function spreadPartnershipScope(actor: Actor): Prisma.PartnershipWhereInput {
  return partnershipsThrough(actor, 'read:spread')
}
