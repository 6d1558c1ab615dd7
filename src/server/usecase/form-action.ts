import 'server-only'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { formInput, type TFormResult } from '@/lib/form-input'
import { getActor } from '@/server/auth'
import { getDb } from '@/server/db'
import { kickOutbox } from '@/server/email'
import type { TUseCase } from './define-use-case'
import { errorSummaryHeading, fieldErrors } from './field-errors'

export type TFormAction<R extends TFormResult> = ((previous: R | null, formData: FormData) => Promise<R>) & {
  /** The use case behind the action: the surface and the matrix read its declaration. */
  useCase: TUseCase<never, R>
}

/**
 * A server action over a declared use case, for forms with `useActionState`: find the actor
 * (without one: forbidden), turn the form into the use case's input, run it (it checks the
 * permission and the scope itself), say what is wrong with each refused field in the person's
 * language (field-errors.ts), then after a success refresh the pages it declared, send the
 * email it queued after the response, and go on to `redirectTo` when it names a page; after an
 * error hand back what was typed, so the form shows it again.
 *
 * Note: every server action is a public POST endpoint; nothing here trusts the form beyond what
 * the use case's schema lets through.
 */
export function formAction<R extends TFormResult>(
  // Note: `any` for the schema: an action takes any declared use case with this result.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  declared: TUseCase<any, R>,
  options: { toInput?: (formData: FormData) => unknown; redirectTo?: (result: Extract<R, { ok: true }>) => string } = {},
): TFormAction<R> {
  const toInput = options.toInput ?? ((formData: FormData) => Object.fromEntries(formData))
  const action = async (_previous: R | null, formData: FormData): Promise<R> => {
    const actor = await getActor()
    if (!actor) return { ok: false, error: 'forbidden' } as R
    const result = await declared(await getDb(), actor, toInput(formData))
    // Note: TypeScript does not narrow a generic union by `ok`, hence the casts below.
    if (!result.ok) {
      // Only an `invalid` is said field by field: an area's own error (endsBeforeStart) says it already.
      const texts = result.error === 'invalid' && result.problems ? await fieldErrors(result.problems, result.fields) : undefined
      const fields = new Set(result.fields).size
      const summary = fields > 0 ? await errorSummaryHeading(fields) : undefined
      return { ...result, ...(texts && { fieldErrors: texts }), ...(summary && { summary }), input: formInput(formData) }
    }
    const done = result as Extract<R, { ok: true }>
    for (const page of declared.declaration.revalidate?.(done) ?? []) {
      revalidatePath(page, page.includes('[') ? 'page' : undefined)
    }
    if (declared.declaration.sendsEmail) kickOutbox()
    if (options.redirectTo) redirect(options.redirectTo(done))
    return result
  }
  return Object.assign(action, { useCase: declared as TUseCase<never, R> })
}
