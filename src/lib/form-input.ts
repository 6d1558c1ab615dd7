import type { TFieldProblem } from './field-problems'

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

/** The errors any use case may answer: no permission, input its schema refuses (defineUseCase), nothing found. */
export type TCommonError = 'forbidden' | 'invalid' | 'notFound'

/**
 * A refusal: the error, the fields it concerns, the values its text names and what was typed;
 * after a refused schema, what is wrong with each field (`problems`, set by defineUseCase) and
 * that said in the person's language (`fieldErrors`, set by formAction), with the heading of the
 * form's error summary (`summary`, also set by formAction: the summary is in every form, and
 * translated on the server its text need not travel with every page, ADR 028).
 */
export type TFormRefusal<E extends string = string> = {
  ok: false
  error: E
  fields?: string[]
  values?: Record<string, string>
  input?: Record<string, string>
  problems?: Record<string, TFieldProblem>
  fieldErrors?: Record<string, string>
  summary?: string
}

/** An area's usual result: what was done, to which row (the page to go back to), or a refusal. */
export type TAreaResult<D extends string, E extends string> = { ok: true; done: D; id: string } | TFormRefusal<E>

/** What every use case answers: a success, or an error with the fields it concerns and what was typed. */
export type TFormResult = { ok: true; done: string; id?: string; values?: Record<string, string | number> } | TFormRefusal
