import type { z } from 'zod'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { findWritableFor } from './editable-assessment'
import { assessmentPages, MAX_PRIORITIES, priorityFields, priorityProblems, ZSavePriorities, type TAssessmentResult } from './schemas'

/** Too many or no rows get their own message; otherwise the fields of the rows zod refused. */
function refusedPriorities(error: z.ZodError, input: unknown): Extract<TAssessmentResult, { ok: false }> {
  const list = (input as { priorities?: unknown } | null)?.priorities
  if (Array.isArray(list) && list.length > MAX_PRIORITIES) return { ok: false, error: 'tooManyPriorities', values: { max: String(MAX_PRIORITIES) } }
  if (Array.isArray(list) && list.length === 0) return { ok: false, error: 'noPriorities' }
  return { ok: false, error: 'invalid', fields: priorityFields(error, input), problems: priorityProblems(error, input) }
}

/** The prioritised development areas (1–5, each a theme, a title and a goal): the new list replaces the old one. */
export const savePriorities = defineUseCase(
  {
    name: 'assessment.save-priorities',
    permission: 'assess:unit',
    input: ZSavePriorities,
    audit: 'assessment.priorities',
    invalid: refusedPriorities,
    revalidate: () => assessmentPages('/egenvurdering/[assessmentId]'),
  },
  async ({ tx, actor, input: d, audit }): Promise<TAssessmentResult> => {
    const writable = await findWritableFor(tx, actor, d.assessmentId, 'priorities')
    if (!writable.ok) return writable
    const { assessment } = writable
    await tx.assessmentPriority.deleteMany({ where: { assessmentId: assessment.id } })
    await tx.assessmentPriority.createMany({
      data: d.priorities.map((p, i) => ({ partnershipId: assessment.partnershipId, assessmentId: assessment.id, position: i + 1, theme: p.theme, title: p.title, goal: p.goal })),
    })
    await tx.selfAssessment.update({ where: { id: assessment.id }, data: { updatedAt: new Date() } })
    await audit({ entity: 'SelfAssessment', entityId: assessment.id, partnershipId: assessment.partnershipId, data: { priorities: d.priorities } })
    return { ok: true, done: 'prioritiesSaved', id: assessment.id }
  },
)
