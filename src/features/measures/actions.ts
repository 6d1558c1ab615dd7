'use server'

import { runUseCase } from '@/server/actions/run-use-case'
import { formInput } from '@/lib/form-input'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { addPlanReview } from './add-plan-review'
import { createMeasure } from './create-measure'
import { createPlan } from './create-plan'
import { logVisit } from './log-visit'
import { savePlanLevel } from './save-plan-level'
import type { TMeasuresResult } from './schemas'
import { updateMeasure } from './update-measure'

// Each action is a public POST endpoint: it finds the actor itself, and the use case checks the
// permission and the scope again (src/server/authz).

const LISTS = ['themes', 'sectorGoals', 'unitIds', 'facilitatorIds'] as const

/** The fields of a measure form; checkbox groups come as lists. */
function measureInput(formData: FormData) {
  return { ...Object.fromEntries(formData), ...Object.fromEntries(LISTS.map((name) => [name, formData.getAll(name)])) }
}

/** What was typed, for the form to show again; a checkbox group as its ticked values joined by commas. */
function typedMeasure(formData: FormData) {
  return { ...formInput(formData), ...Object.fromEntries(LISTS.map((name) => [name, formData.getAll(name).filter((v) => typeof v === 'string').join(',')])) }
}

/** POST (server action) - the secretariat adds a measure to its partnership. */
export async function createMeasureAction(_prev: TMeasuresResult | null, formData: FormData): Promise<TMeasuresResult> {
  return run(createMeasure, measureInput(formData), typedMeasure(formData), () => '/tiltak')
}

/** POST (server action) - the secretariat changes a measure. */
export async function updateMeasureAction(_prev: TMeasuresResult | null, formData: FormData): Promise<TMeasuresResult> {
  return run(updateMeasure, measureInput(formData), typedMeasure(formData), (id) => `/tiltak/${id}`)
}

/** POST (server action) - a new development plan for a unit or the partnership. */
export async function createPlanAction(_prev: TMeasuresResult | null, formData: FormData): Promise<TMeasuresResult> {
  return run(createPlan, Object.fromEntries(formData), formInput(formData), () => '/planer')
}

/** POST (server action) - the texts of one level of a plan. */
export async function savePlanLevelAction(_prev: TMeasuresResult | null, formData: FormData): Promise<TMeasuresResult> {
  return run(savePlanLevel, Object.fromEntries(formData), formInput(formData), (id) => `/planer/${id}`)
}

/** POST (server action) - a dated progress review of one level. */
export async function addPlanReviewAction(_prev: TMeasuresResult | null, formData: FormData): Promise<TMeasuresResult> {
  return run(addPlanReview, Object.fromEntries(formData), formInput(formData), (id) => `/planer/${id}`)
}

/** POST (server action) - the UH partner logs a visit or supervision meeting. */
export async function logVisitAction(_prev: TMeasuresResult | null, formData: FormData): Promise<TMeasuresResult> {
  return run(logVisit, Object.fromEntries(formData), formInput(formData), () => '/besok')
}

/** The shape every action here shares: find the actor, run the use case, refresh the page it changed. */
function run(perform: (db: Db, actor: Actor, input: unknown) => Promise<TMeasuresResult>, input: unknown, typed: Record<string, string>, path: (id: string) => string) {
  return runUseCase(perform, input, typed, (result) => [path(result.id)])
}
