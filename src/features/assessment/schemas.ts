import type { TAreaResult, TCommonError } from '@/lib/form-input'
import { z } from 'zod'
import type { AssessmentPhase } from '@/generated/prisma/enums'
import { optional } from '@/lib/form-schema'
import { fieldProblems, type TFieldProblem } from '@/lib/field-problems'
import { THEMES, UNIT_KINDS, MAX_PRIORITIES } from './options'

export { THEMES, UNIT_KINDS, SCALE, type TScaleStep, MAX_PRIORITIES } from './options'

export const PHASES = ['PLANNING', 'DATA', 'RATING', 'PRIORITISING', 'COMPLETED'] as const satisfies readonly AssessmentPhase[]

/** The first phase in which each kind of content may be written (and every later one but COMPLETED). */
export const WRITABLE_FROM = { processPlan: 'PLANNING', unitData: 'DATA', ratings: 'RATING', priorities: 'PRIORITISING' } as const satisfies Record<string, AssessmentPhase>

export const phaseIndex = (phase: AssessmentPhase) => PHASES.indexOf(phase)

export const ZCreateStatementSet = z.object({
  partnershipId: z.uuid(),
  name: z.string().trim().min(3).max(200),
  unitKind: z.enum(UNIT_KINDS),
})

export const ZAddStatement = z.object({
  setId: z.uuid(),
  area: z.string().trim().min(2).max(100),
  text: z.string().trim().min(5).max(500),
})

export const ZStartAssessment = z.object({
  unitId: z.uuid(),
  year: z.coerce.number().int().min(2017).max(2100),
  // Forms send '' when the only fitting set is chosen for the person.
  statementSetId: optional(z.uuid()),
})

export const ZSaveAssessmentText = z.object({
  assessmentId: z.uuid(),
  field: z.enum(['processPlan', 'unitData']),
  text: z.string().trim().max(20_000),
})

// A count as typed: blank is nobody, otherwise digits only (no sign, no decimals, no letters).
const count = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? 0 : /^\d+$/.test(v.trim()) ? Number(v.trim()) : v) : v),
  z.number().int().min(0).max(999),
)

export const ZSaveRatings = z.object({
  assessmentId: z.uuid(),
  /** statement id → the number of staff on each step of the scale */
  ratings: z.record(z.string(), z.object({ small: count, some: count, large: count, veryLarge: count })),
})

export const ZPriority = z.object({
  theme: z.enum(THEMES),
  title: z.string().trim().min(3).max(200),
  goal: z.string().trim().min(5).max(2000),
})

export const ZSavePriorities = z.object({
  assessmentId: z.uuid(),
  priorities: z.array(ZPriority).min(1).max(MAX_PRIORITIES),
})

export const ZSetPhase = z.object({ assessmentId: z.uuid(), phase: z.enum(PHASES) })
export const ZAssessmentId = z.object({ assessmentId: z.uuid() })

export type TAssessmentError =
  | TCommonError
  | 'duplicate'
  | 'noStatementSet'
  | 'chooseSet'
  | 'completed'
  | 'wrongPhase'
  | 'phaseStep'
  | 'noPriorities'
  | 'tooManyPriorities'
  | 'unknownStatement'
  | 'alreadyShared'
  | 'notShared'
  | 'duplicateName'

export type TAssessmentDone =
  | 'setCreated'
  | 'statementAdded'
  | 'started'
  | 'textSaved'
  | 'ratingsSaved'
  | 'prioritiesSaved'
  | 'phaseChanged'
  | 'shared'
  | 'shareRevoked'

export type TAssessmentResult = TAreaResult<TAssessmentDone, TAssessmentError>

/** The pages a change refreshes: its own, and the list and the dashboard, which show phase and sharing too. */
export const assessmentPages = (page: string) => [page, '/egenvurdering', '/oversikt']

/** Field names for a form to mark: nested paths joined with dots (ratings.<id>.small → small.<id>, priorities.0.title → title.1). */
export function assessmentFields(error: z.ZodError): string[] {
  return [...new Set(error.issues.map(assessmentFieldOf))]
}

function assessmentFieldOf(issue: z.core.$ZodIssue): string {
  const [first, second, third] = issue.path.map(String)
  if (first === 'ratings' && second && third) return `${third}.${second}`
  if (first === 'priorities' && second !== undefined && third) return `${third}.${Number(second) + 1}`
  return first ?? 'form'
}

/**
 * The fields of a refused list of priorities, numbered as the form's rows: the action skips rows
 * left wholly blank and tells each row it sends its number (`row`), so a mark never shifts onto
 * another row. Without `row` (a call from code) the rows are numbered in order.
 */
export function priorityFields(error: z.ZodError, input: unknown): string[] {
  return [...new Set(error.issues.map(priorityFieldOf(input)))]
}

/** What is wrong with each field of a refused list of priorities, by the same names as priorityFields. */
export function priorityProblems(error: z.ZodError, input: unknown): Record<string, TFieldProblem> {
  return fieldProblems(error, priorityFieldOf(input))
}

function priorityFieldOf(input: unknown) {
  const rows = (input as { priorities?: { row?: unknown }[] } | null)?.priorities
  return (issue: z.core.$ZodIssue) =>
    assessmentFieldOf(issue).replace(/\.(\d+)$/, (whole, n: string) => {
      const row = Array.isArray(rows) ? rows[Number(n) - 1]?.row : undefined
      return typeof row === 'number' ? `.${row}` : whole
    })
}
