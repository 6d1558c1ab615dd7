import type { AssessmentPhase } from '@/generated/prisma/enums'
import type { Actor } from '@/server/authz/actor'
import { unitAssessScope } from '@/server/authz/scopes'
import { lockRow } from '@/server/db/lock-row'
import type { Tx } from '@/server/db/tenant'
import { phaseIndex, WRITABLE_FROM, type TAssessmentResult } from './schemas'

type TFailure = Extract<TAssessmentResult, { ok: false }>

/**
 * An analysis the actor may change: its unit must be in the actor's assess scope (the unit's own
 * principal or head), whatever the id in the form says. Row-locked, so two saves in parallel
 * cannot both pass the phase check against a phase the other one is changing.
 */
export async function findWritable(tx: Tx, actor: Actor, assessmentId: string) {
  const found = await tx.selfAssessment.findFirst({
    where: { id: assessmentId, unit: unitAssessScope(actor) },
    select: { id: true },
  })
  if (!found) return null
  await lockRow(tx, 'SelfAssessment', found.id)
  return tx.selfAssessment.findUniqueOrThrow({
    where: { id: found.id },
    select: { id: true, partnershipId: true, unitId: true, statementSetId: true, phase: true, sharedAt: true, year: true },
  })
}

/** Why content of this kind cannot be written in this phase, or null when it can. */
export function phaseRefusal(phase: AssessmentPhase, content: keyof typeof WRITABLE_FROM): TFailure | null {
  if (phase === 'COMPLETED') return { ok: false, error: 'completed' }
  if (phaseIndex(phase) < phaseIndex(WRITABLE_FROM[content])) return { ok: false, error: 'wrongPhase' }
  return null
}

/** An analysis the actor may change, in a phase where content of this kind may be written; else why not. */
export async function findWritableFor(tx: Tx, actor: Actor, assessmentId: string, content: keyof typeof WRITABLE_FROM) {
  const assessment = await findWritable(tx, actor, assessmentId)
  if (!assessment) return { ok: false, error: 'notFound' } satisfies TFailure
  return phaseRefusal(assessment.phase, content) ?? { ok: true as const, assessment }
}
