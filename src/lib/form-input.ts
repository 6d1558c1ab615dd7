/**
 * The text fields of a submitted form, handed back with an error so that what the person typed
 * stays in the form: React resets a form to its default values after its action has run, so the
 * fields use these as their defaults. Next's own `$ACTION…` fields are left out.
 */
export function formInput(formData: FormData): Record<string, string> {
  const input: Record<string, string> = {}
  for (const [name, value] of formData) if (typeof value === 'string' && !name.startsWith('$')) input[name] = value
  return input
}
