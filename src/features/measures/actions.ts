'use server'

import { formAction, type TFormAction } from '@/server/usecase/form-action'
import { addPlanReview } from './add-plan-review'
import { createMeasure } from './create-measure'
import { createPlan } from './create-plan'
import { logVisit } from './log-visit'
import { savePlanLevel } from './save-plan-level'
import type { TMeasuresResult } from './schemas'
import { updateMeasure } from './update-measure'

// Each action is a public POST endpoint: the adapter finds the actor, and the use case checks the
// permission and the scope (src/server/authz).

const LISTS = ['themes', 'sectorGoals', 'unitIds', 'facilitatorIds'] as const

/** The fields of a measure form; checkbox groups come as lists. */
function measureInput(formData: FormData) {
  return { ...Object.fromEntries(formData), ...Object.fromEntries(LISTS.map((name) => [name, formData.getAll(name)])) }
}

/**
 * The measure form's action, handing back every ticked box of its checkbox groups after an error
 * (joined by commas, as the form reads them): the shared adapter keeps one value per field name.
 */
function measureAction(action: TFormAction<TMeasuresResult>): TFormAction<TMeasuresResult> {
  const withLists = async (previous: TMeasuresResult | null, formData: FormData): Promise<TMeasuresResult> => {
    const result = await action(previous, formData)
    if (result.ok || !result.input) return result
    const ticked = Object.fromEntries(LISTS.map((name) => [name, formData.getAll(name).filter((v) => typeof v === 'string').join(',')]))
    return { ...result, input: { ...result.input, ...ticked } }
  }
  return Object.assign(withLists, { useCase: action.useCase })
}

/** POST (server action) - the secretariat adds a measure to its partnership. */
export const createMeasureAction = measureAction(formAction(createMeasure, { toInput: measureInput }))

/** POST (server action) - the secretariat changes a measure. */
export const updateMeasureAction = measureAction(formAction(updateMeasure, { toInput: measureInput }))

/** POST (server action) - a new development plan for a unit or the partnership. */
export const createPlanAction = formAction(createPlan)

/** POST (server action) - the texts of one level of a plan. */
export const savePlanLevelAction = formAction(savePlanLevel)

/** POST (server action) - a dated progress review of one level. */
export const addPlanReviewAction = formAction(addPlanReview)

/** POST (server action) - the UH partner logs a visit or supervision meeting. */
export const logVisitAction = formAction(logVisit)
