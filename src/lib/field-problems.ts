import type { z } from 'zod'

/**
 * What is wrong with a field, in no language: a key of `FieldErrors` in messages/*.json and the
 * values its text names (the limit, the range). Issue 21: every schema rule says what is wrong and
 * how to put it right, never one text for all ("Sjekk feltet: verdien er ikke gyldig.").
 */
export interface TFieldProblem {
  key: string
  values?: Record<string, string | number>
}

/** The key of an issue no rule here knows: field-problems.test.ts fails on any action that can give it. */
export const UNKNOWN_PROBLEM = 'unknown'

type TRawIssue = z.core.$ZodRawIssue
type TBounded = { minValue?: number | bigint | null; maxValue?: number | bigint | null; minLength?: number | null; maxLength?: number | null }

// Note: `.int()` bounds a number by the safe integers itself; that is no limit a person is told.
const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER
export const isBlank = (input: unknown) => input === undefined || input === null || (typeof input === 'string' && input.trim() === '')

/** A number's limits: the issue names one; its schema (zod 4 gives it to the error map) has the other. */
function numberProblem(issue: TRawIssue & { minimum?: unknown; maximum?: unknown; inclusive?: boolean }): TFieldProblem {
  const schema = (issue.schema ?? {}) as TBounded
  const minimum = issue.code === 'too_small' ? Number(issue.minimum) : schema.minValue == null ? undefined : Number(schema.minValue)
  const maximum = issue.code === 'too_big' ? Number(issue.maximum) : schema.maxValue == null ? undefined : Number(schema.maxValue)
  if (finite(minimum) && finite(maximum)) return { key: 'range', values: { minimum, maximum } }
  if (issue.code === 'too_small' && finite(minimum)) return { key: issue.inclusive === false ? 'above' : 'atLeast', values: { minimum } }
  if (issue.code === 'too_big' && finite(maximum)) return { key: issue.inclusive === false ? 'below' : 'atMost', values: { maximum } }
  return { key: 'number' }
}

function sizeProblem(issue: TRawIssue & { origin?: string; minimum?: unknown; maximum?: unknown }): TFieldProblem {
  const list = issue.origin === 'array' || issue.origin === 'set'
  if (issue.code === 'too_small') {
    const minimum = Number(issue.minimum)
    if (list && minimum <= 1) return { key: 'chooseOne' }
    // Blank, or spaces only (trimmed away): the field was not filled in, whatever its minimum.
    if (!list && (minimum <= 1 || isBlank(issue.input))) return { key: 'required' }
    return { key: list ? 'tooFew' : 'tooShort', values: { minimum } }
  }
  return { key: list ? 'tooMany' : 'tooLong', values: { maximum: Number(issue.maximum) } }
}

const formats: Record<string, string> = { email: 'email', url: 'url', uuid: 'choose', guid: 'choose', date: 'day', datetime: 'dateTime' }

/** The problem a raw zod issue stands for (called by the error map, where the schema is still known). */
export function problemOf(issue: TRawIssue): TFieldProblem {
  switch (issue.code) {
    case 'invalid_type':
      if (isBlank(issue.input)) return { key: 'required' }
      if (issue.expected === 'int') return { key: 'wholeNumber' }
      if (issue.expected === 'number') return { key: 'number' }
      if (issue.expected === 'File') return { key: 'file' }
      return { key: 'choose' }
    case 'too_small':
    case 'too_big':
      return ['number', 'int', 'bigint'].includes(String(issue.origin)) ? numberProblem(issue) : sizeProblem(issue)
    case 'invalid_format':
      if (isBlank(issue.input)) return { key: 'required' }
      return { key: formats[issue.format] ?? UNKNOWN_PROBLEM }
    // A choice from a list (a select, radio buttons, a hidden id): none made, or one not offered.
    case 'invalid_value':
    case 'invalid_key':
    case 'invalid_union':
      return { key: 'choose' }
    default:
      // A refinement without a message of its own: only an empty field can be said for it.
      return isBlank(issue.input) ? { key: 'required' } : { key: UNKNOWN_PROBLEM }
  }
}

/**
 * The one error map of every use case's parse (defineUseCase): each issue's message becomes its
 * problem, encoded, for fieldProblems to read back. A rule's own message (`.refine(…, { message:
 * 'periodOrder' })`, `ctx.addIssue({ message: 'amount' })`) takes precedence in zod and is read as
 * a key, with the refinement's `params` as its values.
 */
export const fieldErrorMap: z.core.$ZodErrorMap = (issue) => JSON.stringify(problemOf(issue))

/** The problem an issue of a parse with fieldErrorMap carries. */
export function issueProblem(issue: z.core.$ZodIssue): TFieldProblem {
  if (issue.message.startsWith('{')) {
    try {
      return JSON.parse(issue.message) as TFieldProblem
    } catch {
      return { key: UNKNOWN_PROBLEM }
    }
  }
  const params = issue.code === 'custom' ? (issue.params as TFieldProblem['values']) : undefined
  return /^[a-zA-Z]+$/.test(issue.message) ? { key: issue.message, values: params } : { key: UNKNOWN_PROBLEM }
}

/**
 * Each field's first problem, by the field's name: the issue path's first part, as forms name
 * fields, or what `fieldOf` names (an area whose rows are fields of their own, `title.2`).
 */
export function fieldProblems(error: z.ZodError, fieldOf: (issue: z.core.$ZodIssue) => string = (issue) => String(issue.path[0] ?? '')): Record<string, TFieldProblem> {
  const problems: Record<string, TFieldProblem> = {}
  for (const issue of error.issues) problems[fieldOf(issue)] ??= issueProblem(issue)
  return problems
}
