'use server'

import { runUseCase } from '@/server/actions/run-use-case'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { addStatement } from './add-statement'
import { createStatementSet } from './create-statement-set'
import { revokeAssessmentShare } from './revoke-assessment-share'
import { saveAssessmentText } from './save-assessment-text'
import { savePriorities } from './save-priorities'
import { saveRatings } from './save-ratings'
import { MAX_PRIORITIES, SCALE, type TAssessmentResult } from './schemas'
import { setAssessmentPhase } from './set-assessment-phase'
import { shareAssessment } from './share-assessment'
import { startAssessment } from './start-assessment'

// Each action is a public POST endpoint: it finds the actor itself, and the use case checks the
// permission and the scope again (src/server/authz).

/** POST (server action) - the secretariat creates a statement set. */
export async function createStatementSetAction(_prev: TAssessmentResult | null, formData: FormData): Promise<TAssessmentResult> {
  return run(createStatementSet, Object.fromEntries(formData), formData, '/egenvurdering/pastander')
}

/** POST (server action) - the secretariat adds a statement at the end of a set. */
export async function addStatementAction(_prev: TAssessmentResult | null, formData: FormData): Promise<TAssessmentResult> {
  return run(addStatement, Object.fromEntries(formData), formData, '/egenvurdering/pastander')
}

/** POST (server action) - a principal or head starts their unit's analysis for a year. */
export async function startAssessmentAction(_prev: TAssessmentResult | null, formData: FormData): Promise<TAssessmentResult> {
  return run(startAssessment, Object.fromEntries(formData), formData, '/egenvurdering')
}

/** POST (server action) - the plan (phase 1) or the data about the unit (phase 2). */
export async function saveAssessmentTextAction(_prev: TAssessmentResult | null, formData: FormData): Promise<TAssessmentResult> {
  return run(saveAssessmentText, Object.fromEntries(formData), formData, '/egenvurdering/[assessmentId]')
}

/** POST (server action) - the counts per statement, sent as `<step>.<statement id>` (step: small, some, large, veryLarge). */
export async function saveRatingsAction(_prev: TAssessmentResult | null, formData: FormData): Promise<TAssessmentResult> {
  const ratings: Record<string, Record<string, FormDataEntryValue>> = {}
  for (const [name, value] of formData) {
    const [step, statementId] = name.split('.')
    if (!statementId || !(SCALE as readonly string[]).includes(step!)) continue
    ratings[statementId] = { ...ratings[statementId], [step!]: value }
  }
  return run(saveRatings, { assessmentId: formData.get('assessmentId'), ratings }, formData, '/egenvurdering/[assessmentId]')
}

/** POST (server action) - the development areas, sent as `theme.N`, `title.N`, `goal.N`; rows left wholly blank are skipped. */
export async function savePrioritiesAction(_prev: TAssessmentResult | null, formData: FormData): Promise<TAssessmentResult> {
  const priorities: Record<string, string>[] = []
  for (let n = 1; n <= MAX_PRIORITIES; n++) {
    const row = { theme: text(formData, `theme.${n}`), title: text(formData, `title.${n}`), goal: text(formData, `goal.${n}`) }
    if (row.theme || row.title.trim() || row.goal.trim()) priorities.push(row)
  }
  const result = await run(savePriorities, { assessmentId: formData.get('assessmentId'), priorities }, formData, '/egenvurdering/[assessmentId]')
  // The use case numbers the rows it was given; a skipped blank row must not shift the marks.
  if (!result.ok && result.fields) {
    const rows = [...Array(MAX_PRIORITIES).keys()].map((i) => i + 1).filter((n) => text(formData, `theme.${n}`) || text(formData, `title.${n}`).trim() || text(formData, `goal.${n}`).trim())
    result.fields = result.fields.map((f) => f.replace(/\.(\d+)$/, (_, i: string) => `.${rows[Number(i) - 1] ?? i}`))
  }
  return result
}

/** POST (server action) - move the analysis one phase forward or back. */
export async function setAssessmentPhaseAction(_prev: TAssessmentResult | null, formData: FormData): Promise<TAssessmentResult> {
  return run(setAssessmentPhase, Object.fromEntries(formData), formData, '/egenvurdering/[assessmentId]')
}

/** POST (server action) - share the analysis with the unit's owner. */
export async function shareAssessmentAction(_prev: TAssessmentResult | null, formData: FormData): Promise<TAssessmentResult> {
  return run(shareAssessment, Object.fromEntries(formData), formData, '/egenvurdering/[assessmentId]')
}

/** POST (server action) - take the sharing back. */
export async function revokeAssessmentShareAction(_prev: TAssessmentResult | null, formData: FormData): Promise<TAssessmentResult> {
  return run(revokeAssessmentShare, Object.fromEntries(formData), formData, '/egenvurdering/[assessmentId]')
}

const text = (formData: FormData, name: string) => {
  const v = formData.get(name)
  return typeof v === 'string' ? v : ''
}

/** The shape every action here shares: find the actor, run the use case, refresh the pages it changed. */
function run(perform: (db: Db, actor: Actor, input: unknown) => Promise<TAssessmentResult>, input: unknown, formData: FormData, path: string) {
  // The list and the dashboard show phase and sharing too.
  return runUseCase(perform, input, formData, () => [path, '/egenvurdering', '/oversikt'])
}
