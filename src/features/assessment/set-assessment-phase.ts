import { defineUseCase } from '@/server/usecase/define-use-case'
import { findWritable } from './editable-assessment'
import { assessmentPages, phaseIndex, ZSetPhase, type TAssessmentResult } from './schemas'

/**
 * Moves the analysis one phase forward or back (the phases are steps, not a menu). Completing
 * needs at least one prioritised area; moving back from COMPLETED opens it for changes again.
 */
export const setAssessmentPhase = defineUseCase(
  { name: 'assessment.set-assessment-phase', permission: 'assess:unit', input: ZSetPhase, audit: 'assessment.phase', revalidate: () => assessmentPages('/egenvurdering/[assessmentId]') },
  async ({ tx, actor, input: d, audit }): Promise<TAssessmentResult> => {
    const assessment = await findWritable(tx, actor, d.assessmentId)
    if (!assessment) return { ok: false, error: 'notFound' }
    if (Math.abs(phaseIndex(d.phase) - phaseIndex(assessment.phase)) !== 1) return { ok: false, error: 'phaseStep' }
    if (d.phase === 'COMPLETED' && (await tx.assessmentPriority.count({ where: { assessmentId: assessment.id } })) === 0) return { ok: false, error: 'noPriorities' }
    await tx.selfAssessment.update({ where: { id: assessment.id }, data: { phase: d.phase } })
    await audit({ entity: 'SelfAssessment', entityId: assessment.id, partnershipId: assessment.partnershipId, data: { from: assessment.phase, to: d.phase } })
    return { ok: true, done: 'phaseChanged', id: assessment.id }
  },
)
