import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '../actor'
import { partnershipsThrough, scopeOf, unitClause } from './core'

/** Waves whose results (after closing) or response rates (during) the actor reads: its partnerships'. */
export function surveyWaveScope(actor: Actor): Prisma.SurveyWaveWhereInput {
  return { partnership: partnershipsThrough(actor, 'read:survey-results') }
}

/**
 * The units whose rows of a wave's results the actor sees: as `read:unit` reaches units, but only
 * through memberships that carry 'read:survey-results' (a principal: the own unit; an owner: its
 * units; the secretariat and county governor: the partnership's). The partnership's value is
 * shown to everyone who reads the wave; suppression is applied before this filter (ADR 024).
 */
export function surveyResultUnitScope(actor: Actor): Prisma.UnitWhereInput {
  return scopeOf(actor, 'read:survey-results', unitClause)
}

/** The units the actor may issue answering codes for (a principal or head: the own unit; the secretariat: its partnership's). */
export function surveyCodeUnitScope(actor: Actor): Prisma.UnitWhereInput {
  return scopeOf(actor, 'issue:survey-codes', unitClause)
}
