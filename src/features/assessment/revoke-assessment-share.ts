import { defineUseCase } from '@/server/usecase/define-use-case'
import { findWritable } from './editable-assessment'
import { assessmentPages, ZAssessmentId, type TAssessmentResult } from './schemas'

/** The principal or head takes the sharing back: from then on the owner no longer finds the analysis. */
export const revokeAssessmentShare = defineUseCase(
  { name: 'assessment.revoke-assessment-share', permission: 'assess:unit', input: ZAssessmentId, audit: 'assessment.unshare', revalidate: () => assessmentPages('/egenvurdering/[assessmentId]') },
  async ({ tx, actor, input, audit }): Promise<TAssessmentResult> => {
    const assessment = await findWritable(tx, actor, input.assessmentId)
    if (!assessment) return { ok: false, error: 'notFound' }
    if (!assessment.sharedAt) return { ok: false, error: 'notShared' }
    await tx.selfAssessment.update({ where: { id: assessment.id }, data: { sharedAt: null } })
    await audit({ entity: 'SelfAssessment', entityId: assessment.id, partnershipId: assessment.partnershipId, data: { unitId: assessment.unitId, year: assessment.year } })
    return { ok: true, done: 'shareRevoked', id: assessment.id }
  },
)
