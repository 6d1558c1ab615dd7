import { defineUseCase } from '@/server/usecase/define-use-case'
import { findWritableFor } from './editable-assessment'
import { assessmentFields, assessmentPages, ZSaveRatings, type TAssessmentResult } from './schemas'

/**
 * The staff's answers: for each statement, how many chose each step of the scale. All statements
 * are written in one transaction, and one bad field saves nothing. Statements left out of the form
 * keep what they had.
 */
export const saveRatings = defineUseCase(
  {
    name: 'assessment.save-ratings',
    permission: 'assess:unit',
    input: ZSaveRatings,
    audit: 'assessment.ratings',
    invalid: (error): Extract<TAssessmentResult, { ok: false }> => ({ ok: false, error: 'invalid', fields: assessmentFields(error) }),
    revalidate: () => assessmentPages('/egenvurdering/[assessmentId]'),
  },
  async ({ tx, actor, input: d, audit }): Promise<TAssessmentResult> => {
    const writable = await findWritableFor(tx, actor, d.assessmentId, 'ratings')
    if (!writable.ok) return writable
    const { assessment } = writable
    // Note: statement ids come from the form; only the analysis's own set's statements count.
    const known = new Set((await tx.statement.findMany({ where: { setId: assessment.statementSetId }, select: { id: true } })).map((s) => s.id))
    const unknown = Object.keys(d.ratings).filter((id) => !known.has(id))
    if (unknown.length) return { ok: false, error: 'unknownStatement' }
    for (const [statementId, r] of Object.entries(d.ratings)) {
      const counts = { smallCount: r.small, someCount: r.some, largeCount: r.large, veryLargeCount: r.veryLarge }
      await tx.assessmentRating.upsert({
        where: { assessmentId_statementId: { assessmentId: assessment.id, statementId } },
        create: { partnershipId: assessment.partnershipId, assessmentId: assessment.id, statementId, ...counts },
        update: counts,
      })
    }
    await tx.selfAssessment.update({ where: { id: assessment.id }, data: { updatedAt: new Date() } })
    await audit({ entity: 'SelfAssessment', entityId: assessment.id, partnershipId: assessment.partnershipId, data: { statements: Object.keys(d.ratings).length } })
    return { ok: true, done: 'ratingsSaved', id: assessment.id }
  },
)
