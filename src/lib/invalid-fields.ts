import type { z } from 'zod'

/** The field names zod complained about, for a form to mark. */
export function invalidFields(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((i) => String(i.path[0])))]
}
