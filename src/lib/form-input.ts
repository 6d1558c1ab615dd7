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

/** For a form's fields: what was typed, read back from an action's error result (see formInput). */
export function typedBack(state: { ok: true } | { ok: false; input?: Record<string, string> } | null) {
  return (name: string): string | undefined => (state && !state.ok ? state.input?.[name] : undefined)
}

/** What every use case answers: a success, or an error with the fields it concerns and what was typed. */
export type TFormResult =
  | { ok: true; done: string; id?: string; values?: Record<string, string | number> }
  | { ok: false; error: string; fields?: string[]; values?: Record<string, string>; input?: Record<string, string> }
