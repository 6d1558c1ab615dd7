import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '../actor'
import { anyOf, placeOf, scopeOf, withPermission } from './core'

// ─── Onboarding from Feide (ADR 030) ─────────────────────────────────────────────────────────

/**
 * The school owners whose Feide setting (at once, or after the leader's approval) the actor
 * chooses: their own owner organisation, through a membership placed at an owner that keeps its
 * staff. Deliberately no "everywhere": the choice is the owner's, as the controller of its
 * schools' staff data, not the platform's.
 */
export function feideOnboardingOwnerScope(actor: Actor): Prisma.OrganisationWhereInput {
  return anyOf(
    withPermission(actor, 'manage:staff').flatMap((m): Prisma.OrganisationWhereInput[] =>
      placeOf(m) === 'owner' && m.organisationId ? [{ id: m.organisationId }] : [],
    ),
  )
}

// ─── The unit register import (issue 15) ─────────────────────────────────────────────────────

/** The counties whose units the actor may import from the national registers: everywhere, or their office's counties. */
export function unitRegisterCountyScope(actor: Actor): Prisma.CountyWhereInput {
  return scopeOf(actor, 'import:units', (m): Prisma.CountyWhereInput[] => (placeOf(m) === 'office' && m.governorOfficeId ? [{ governorOfficeId: m.governorOfficeId }] : []))
}
