import { defineUseCase } from '@/server/usecase/define-use-case'
import { findWritableFor } from './editable-assessment'
import { assessmentPages, ZSaveAssessmentText, type TAssessmentResult } from './schemas'

/** The text of phase 1 (the plan for the process) or phase 2 (what the unit knows about itself). */
export const saveAssessmentText = defineUseCase(
  { name: 'assessment.save-assessment-text', permission: 'assess:unit', input: ZSaveAssessmentText, audit: 'assessment.text', revalidate: () => assessmentPages('/egenvurdering/[assessmentId]') },
  async ({ tx, actor, input: d, audit }): Promise<TAssessmentResult> => {
    const writable = await findWritableFor(tx, actor, d.assessmentId, d.field)
    if (!writable.ok) return writable
    const { assessment } = writable
    await tx.selfAssessment.update({ where: { id: assessment.id }, data: { [d.field]: d.text } })
    await audit({ entity: 'SelfAssessment', entityId: assessment.id, partnershipId: assessment.partnershipId, data: { field: d.field, length: d.text.length } })
    return { ok: true, done: 'textSaved', id: assessment.id }
  },
)
