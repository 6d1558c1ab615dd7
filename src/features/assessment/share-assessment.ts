import { defineUseCase } from '@/server/usecase/define-use-case'
import { findWritable } from './editable-assessment'
import { assessmentPages, ZAssessmentId, type TAssessmentResult } from './schemas'

/**
 * The principal or head shares the analysis with the unit's owner, in whatever phase it is: they
 * decide when the owner may read it (assessmentReadScope lets the owner in only while shared).
 */
export const shareAssessment = defineUseCase(
  { name: 'assessment.share-assessment', permission: 'assess:unit', input: ZAssessmentId, audit: 'assessment.share', revalidate: () => assessmentPages('/egenvurdering/[assessmentId]') },
  async ({ tx, actor, input, audit }): Promise<TAssessmentResult> => {
    const assessment = await findWritable(tx, actor, input.assessmentId)
    if (!assessment) return { ok: false, error: 'notFound' }
    if (assessment.sharedAt) return { ok: false, error: 'alreadyShared' }
    await tx.selfAssessment.update({ where: { id: assessment.id }, data: { sharedAt: new Date() } })
    await audit({ entity: 'SelfAssessment', entityId: assessment.id, partnershipId: assessment.partnershipId, data: { unitId: assessment.unitId, year: assessment.year } })
    return { ok: true, done: 'shared', id: assessment.id }
  },
)
