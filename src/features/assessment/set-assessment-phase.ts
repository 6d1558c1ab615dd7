import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields } from '@/lib/invalid-fields'
import { findWritable } from './editable-assessment'
import { phaseIndex, ZSetPhase, type TAssessmentResult } from './schemas'

/**
 * Moves the analysis one phase forward or back (the phases are steps, not a menu). Completing
 * needs at least one prioritised area; moving back from COMPLETED opens it for changes again.
 */
export async function setAssessmentPhase(db: Db, actor: Actor, input: unknown): Promise<TAssessmentResult> {
  if (!can(actor, 'assess:unit')) return { ok: false, error: 'forbidden' }
  const parsed = ZSetPhase.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data
  return withActorTenants(db, actor, async (tx) => {
    const assessment = await findWritable(tx, actor, d.assessmentId)
    if (!assessment) return { ok: false, error: 'notFound' }
    if (Math.abs(phaseIndex(d.phase) - phaseIndex(assessment.phase)) !== 1) return { ok: false, error: 'phaseStep' }
    if (d.phase === 'COMPLETED' && (await tx.assessmentPriority.count({ where: { assessmentId: assessment.id } })) === 0) return { ok: false, error: 'noPriorities' }
    await tx.selfAssessment.update({ where: { id: assessment.id }, data: { phase: d.phase } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: assessment.partnershipId, action: 'assessment.phase', entity: 'SelfAssessment', entityId: assessment.id, data: { from: assessment.phase, to: d.phase } },
    })
    return { ok: true, done: 'phaseChanged', id: assessment.id }
  })
}
