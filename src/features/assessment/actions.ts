'use server'

import { formAction } from '@/server/usecase/form-action'
import { addStatement } from './add-statement'
import { createStatementSet } from './create-statement-set'
import { revokeAssessmentShare } from './revoke-assessment-share'
import { saveAssessmentText } from './save-assessment-text'
import { savePriorities } from './save-priorities'
import { saveRatings } from './save-ratings'
import { MAX_PRIORITIES, SCALE } from './schemas'
import { setAssessmentPhase } from './set-assessment-phase'
import { shareAssessment } from './share-assessment'
import { startAssessment } from './start-assessment'

// Each action is a public POST endpoint: the adapter finds the actor itself, and the use case
// checks the permission and the scope again (src/server/authz).

const text = (formData: FormData, name: string) => {
  const v = formData.get(name)
  return typeof v === 'string' ? v : ''
}

/** The counts per statement, sent as `<step>.<statement id>` (step: small, some, large, veryLarge). */
function ratingsInput(formData: FormData) {
  const ratings: Record<string, Record<string, FormDataEntryValue>> = {}
  for (const [name, value] of formData) {
    const [step, statementId] = name.split('.')
    if (!statementId || !(SCALE as readonly string[]).includes(step!)) continue
    ratings[statementId] = { ...ratings[statementId], [step!]: value }
  }
  return { assessmentId: formData.get('assessmentId'), ratings }
}

/**
 * The development areas, sent as `theme.N`, `title.N`, `goal.N`; rows left wholly blank are
 * skipped, and each row sent keeps its number (`row`) so a refused field is marked on its own row.
 */
function prioritiesInput(formData: FormData) {
  const priorities: { theme: string; title: string; goal: string; row: number }[] = []
  for (let n = 1; n <= MAX_PRIORITIES; n++) {
    const row = { theme: text(formData, `theme.${n}`), title: text(formData, `title.${n}`), goal: text(formData, `goal.${n}`), row: n }
    if (row.theme || row.title.trim() || row.goal.trim()) priorities.push(row)
  }
  return { assessmentId: formData.get('assessmentId'), priorities }
}

/** POST (server action) - the secretariat creates a statement set. */
export const createStatementSetAction = formAction(createStatementSet)

/** POST (server action) - the secretariat adds a statement at the end of a set. */
export const addStatementAction = formAction(addStatement)

/** POST (server action) - a principal or head starts their unit's analysis for a year. */
export const startAssessmentAction = formAction(startAssessment)

/** POST (server action) - the plan (phase 1) or the data about the unit (phase 2). */
export const saveAssessmentTextAction = formAction(saveAssessmentText)

/** POST (server action) - the counts per statement. */
export const saveRatingsAction = formAction(saveRatings, { toInput: ratingsInput })

/** POST (server action) - the prioritised development areas. */
export const savePrioritiesAction = formAction(savePriorities, { toInput: prioritiesInput })

/** POST (server action) - move the analysis one phase forward or back. */
export const setAssessmentPhaseAction = formAction(setAssessmentPhase)

/** POST (server action) - share the analysis with the unit's owner. */
export const shareAssessmentAction = formAction(shareAssessment)

/** POST (server action) - take the sharing back. */
export const revokeAssessmentShareAction = formAction(revokeAssessmentShare)
