import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '../actor'
import { assignedOrders, facilitatedUnits, partnershipClause, partnershipScope, placeOf, scopeOf, unitScope } from './core'

// ─── School development (needs analyses, orders to UH, measures, plans, visits) ──────────────

/** Units whose self-assessment and unit plan the actor writes: a principal's or head's own unit. */
export function unitAssessScope(actor: Actor): Prisma.UnitWhereInput {
  return scopeOf(actor, 'assess:unit', (m) => (m.unitId ? [{ id: m.unitId }] : []))
}

/**
 * Units whose own development plan the actor starts: a principal's or head's own unit, a school
 * owner's units (issue 20). The secretariat writes the partnership's plan, not the units'.
 */
export function unitPlanScope(actor: Actor): Prisma.UnitWhereInput {
  return scopeOf(actor, 'write:plan', (m): Prisma.UnitWhereInput[] => {
    if (placeOf(m) === 'owner') return m.organisationId ? [{ ownerId: m.organisationId }] : []
    return placeOf(m) === 'unit' && m.unitId ? [{ id: m.unitId }] : []
  })
}

/**
 * Self-assessments the actor reads: the principal or head reads their own unit's; a school owner
 * reads its units' only while the principal shares them. Nobody else reads them (the forum and
 * the county governor see the owner's needs report instead).
 */
export function assessmentReadScope(actor: Actor): Prisma.SelfAssessmentWhereInput {
  return scopeOf(actor, 'read:assessment', (m): Prisma.SelfAssessmentWhereInput[] => {
    if (placeOf(m) === 'owner') return m.organisationId ? [{ sharedAt: { not: null }, unit: { ownerId: m.organisationId } }] : []
    return m.unitId ? [{ unitId: m.unitId }] : []
  })
}

/** Owners the actor writes needs reports and orders to UH for: its own organisation. */
export function ownerReportScope(actor: Actor): Prisma.OrganisationWhereInput {
  return scopeOf(actor, 'report:needs', (m) => (placeOf(m) === 'owner' && m.organisationId ? [{ id: m.organisationId }] : []))
}

/**
 * Needs reports the actor reads: an owner its own (drafts too, joint ones included); the forum
 * (secretariat and members) and the county governor every submitted report of their partnerships.
 */
export function needsReadScope(actor: Actor): Prisma.NeedsReportWhereInput {
  return scopeOf(actor, 'read:needs', (m): Prisma.NeedsReportWhereInput[] => {
    if (placeOf(m) === 'owner') return m.organisationId ? [{ owners: { some: { ownerId: m.organisationId } } }] : []
    return partnershipClause(m).map((partnership) => ({ status: 'SUBMITTED' as const, partnership }))
  })
}

/**
 * Orders to UH the actor reads: an owner its own; the UH partner the ones sent to its
 * university; the forum and the county governor every sent order of their partnerships.
 */
export function orderReadScope(actor: Actor): Prisma.UhOrderWhereInput {
  const sent = { status: { not: 'DRAFT' as const } }
  return scopeOf(actor, 'read:orders', (m): Prisma.UhOrderWhereInput[] => {
    if (placeOf(m) === 'owner') return m.organisationId ? [{ owners: { some: { ownerId: m.organisationId } } }] : []
    if (placeOf(m) === 'university') return m.organisationId ? [{ ...sent, universityId: m.organisationId }] : []
    if (placeOf(m) === 'facilitator') return m.organisationId ? [assignedOrders(m)] : []
    return partnershipClause(m).map((partnership) => ({ ...sent, partnership }))
  })
}

/**
 * Orders the actor answers with an offer: the UH coordinator every sent order to its university,
 * a facilitator those the coordinator assigned to them.
 */
export function orderAnswerScope(actor: Actor): Prisma.UhOrderWhereInput {
  return scopeOf(actor, 'serve:units', (m): Prisma.UhOrderWhereInput[] => {
    if (!m.organisationId) return []
    if (placeOf(m) === 'facilitator') return [assignedOrders(m)]
    return [{ universityId: m.organisationId, status: { not: 'DRAFT' } }]
  })
}

/**
 * Orders whose facilitators the actor assigns: the UH coordinator's (a university membership)
 * sent orders to its own university. A facilitator does not assign others.
 */
export function orderAssignScope(actor: Actor): Prisma.UhOrderWhereInput {
  return scopeOf(actor, 'serve:units', (m) =>
    placeOf(m) === 'university' && m.organisationId ? [{ universityId: m.organisationId, status: { not: 'DRAFT' as const } }] : [],
  )
}

/** Universities the actor answers orders and logs visits for: its own. */
export function universityServeScope(actor: Actor): Prisma.OrganisationWhereInput {
  return scopeOf(actor, 'serve:units', (m) => (m.organisationId ? [{ id: m.organisationId, kind: 'UNIVERSITY' as const }] : []))
}

/**
 * Units a UH partner serves: the coordinator those of the owners in the partnerships its
 * university serves, a facilitator the units of their orders and measures.
 */
export function unitServeScope(actor: Actor): Prisma.UnitWhereInput {
  return scopeOf(actor, 'serve:units', (m): Prisma.UnitWhereInput[] => {
    if (placeOf(m) === 'facilitator') return facilitatedUnits(m)
    return m.organisationId
      ? [{ owner: { partnershipOwners: { some: { leftOn: null, partnership: { universities: { some: { universityId: m.organisationId } } } } } } }]
      : []
  })
}

/** Partnerships whose measures, partnership plan and statement sets the actor keeps: the secretariat's. */
export function developmentManageScope(actor: Actor): Prisma.PartnershipWhereInput {
  return scopeOf(actor, 'manage:development', (m) => (placeOf(m) === 'partnership' && m.partnershipId ? [{ id: m.partnershipId }] : []))
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
 * a school owner its units' plans, the secretariat its partnership's plan (not the units' own).
 */
export function planWriteScope(actor: Actor): Prisma.DevelopmentPlanWhereInput {
  return scopeOf(actor, 'write:plan', (m): Prisma.DevelopmentPlanWhereInput[] => {
    if (placeOf(m) === 'partnership') return m.partnershipId ? [{ unitId: null, partnershipId: m.partnershipId }] : []
    if (placeOf(m) === 'owner') return m.organisationId ? [{ unit: { ownerId: m.organisationId } }] : []
    return m.unitId ? [{ unitId: m.unitId }] : []
  })
}

/**
 * UH visits the actor reads: the university's own (a facilitator: its own university's at the
 * units they serve), the visited unit's (its principal, head and staff), and the owner's units'.
 * Visit notes are written for the unit, not for the forum.
 */
export function visitReadScope(actor: Actor): Prisma.UhVisitWhereInput {
  return scopeOf(actor, 'read:visits', (m): Prisma.UhVisitWhereInput[] => {
    if (placeOf(m) === 'university') return m.organisationId ? [{ universityId: m.organisationId }] : []
    if (placeOf(m) === 'facilitator') return m.organisationId ? facilitatedUnits(m).map((unit) => ({ universityId: m.organisationId!, unit })) : []
    if (placeOf(m) === 'owner') return m.organisationId ? [{ unit: { ownerId: m.organisationId } }] : []
    return m.unitId ? [{ unitId: m.unitId }] : []
  })
}
