import type { z } from 'zod'

/** The field names zod complained about, for a form to mark. */
export function invalidFields(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((i) => String(i.path[0])))]
}

/** The default answer of a use case to input that does not pass its schema. */
export function invalidInput(error: z.ZodError): { ok: false; error: 'invalid'; fields: string[] } {
  return { ok: false, error: 'invalid', fields: invalidFields(error) }
}
