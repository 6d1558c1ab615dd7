import type { z } from 'zod'
import { fieldProblems, type TFieldProblem } from './field-problems'

/** The field names zod complained about, for a form to mark. */
export function invalidFields(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((i) => String(i.path[0])))]
}

/** The default answer of a use case to input that does not pass its schema: the fields, and what is wrong with each. */
export function invalidInput(error: z.ZodError): { ok: false; error: 'invalid'; fields: string[]; problems: Record<string, TFieldProblem> } {
  return { ok: false, error: 'invalid', fields: invalidFields(error), problems: fieldProblems(error) }
}
