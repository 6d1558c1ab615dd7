import type { z } from 'zod'
import type { TFormResult } from '@/lib/form-input'
import { isDatabaseError } from '@/server/db/errors'
import type { TUseCase } from '@/server/usecase/define-use-case'

/**
 * For a use case whose last guard is a unique index: two requests racing past its count both
 * insert, the database refuses the second and its transaction is gone, so the answer is given
 * here, outside the transaction, as the same refusal the count gives. The declaration stays the
 * use case's own (the action, the surface and the matrix read it).
 */
export function refuseUniqueRace<S extends z.ZodType, R extends TFormResult>(declared: TUseCase<S, R>, refusal: (input: z.output<S>) => Extract<R, { ok: false }>): TUseCase<S, R> {
  const guarded = async (...args: Parameters<TUseCase<S, R>>): Promise<R> => {
    try {
      return await declared(...args)
    } catch (e) {
      // The input passed the schema before the insert was tried, so it parses again here.
      if (isDatabaseError(e, 'unique')) return refusal(declared.declaration.input.parse(args[2]))
      throw e
    }
  }
  return Object.assign(guarded, { declaration: declared.declaration })
}
