import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '../actor'
import { anyOf, partnershipsThrough, scopeOf, unitClause, withPermission } from './core'

/** Waves whose results (after closing) or response rates (during) the actor reads: its partnerships'. */
export function surveyWaveScope(actor: Actor): Prisma.SurveyWaveWhereInput {
  return { partnership: partnershipsThrough(actor, 'read:survey-results') }
}

/** The waves the actor may close: those of the partnerships whose secretariat they are (or the platform's). */
export function surveyWaveCloseScope(actor: Actor): Prisma.SurveyWaveWhereInput {
  return { partnership: partnershipsThrough(actor, 'close:survey-wave') }
}

/**
 * The units whose rows of a wave's results the actor sees: as `read:unit` reaches units, but only
 * through memberships that carry 'read:unit-survey-results' (a principal: the own unit; an owner: its
 * units; the secretariat and county governor: the partnership's). The partnership's value is
 * shown to everyone who reads the wave; suppression is applied before this filter (ADR 024).
 */
export function surveyResultUnitScope(actor: Actor): Prisma.UnitWhereInput {
  return scopeOf(actor, 'read:unit-survey-results', unitClause)
}

/**
 * The classes (and kindergarten groups) whose rows the actor sees: every class of a unit it sees,
 * and the classes it teaches through a membership that reads survey results (UnitGroupTeacher:
 * data, not a role). A teacher thus reads the own classes and no other class of the school.
 */
export function surveyResultClassScope(actor: Actor): Prisma.UnitGroupWhereInput {
  const teaching = withPermission(actor, 'read:survey-results').map((m) => m.id)
  return anyOf<Prisma.UnitGroupWhereInput>([{ unit: surveyResultUnitScope(actor) }, ...(teaching.length ? [{ teachers: { some: { membershipId: { in: teaching } } } }] : [])])
}

/** The units the actor may issue answering codes for (a principal or head: the own unit; the secretariat: its partnership's). */
export function surveyCodeUnitScope(actor: Actor): Prisma.UnitWhereInput {
  return scopeOf(actor, 'issue:survey-codes', unitClause)
}
