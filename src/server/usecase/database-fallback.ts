import type { z } from 'zod'
import type { TFormResult } from '@/lib/form-input'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { isDatabaseError } from '@/server/db/errors'
import type { TUseCase } from './define-use-case'

/**
 * A declared use case whose transaction the database may refuse at the last moment (a trigger or a
 * unique index, when two requests race past the code's own checks): `fallback` turns the error into
 * the answer the person should see, reading afresh in a new transaction, or returns null to let it
 * through. The declaration stays the same, so the adapters and the matrix see the one use case.
 */
export function withDatabaseFallback<S extends z.ZodType, R extends TFormResult>(
  declared: TUseCase<S, R>,
  fallback: (error: unknown, input: z.output<S>, db: Db, actor: Actor) => Promise<R | null>,
): TUseCase<S, R> {
  const guarded = async (db: Db, actor: Actor, raw: unknown): Promise<R> => {
    try {
      return await declared(db, actor, raw)
    } catch (error) {
      // The use case parsed the same input before its transaction began, so this parse succeeds.
      const parsed = declared.declaration.input.safeParse(raw)
      const answer = parsed.success ? await fallback(error, parsed.data, db, actor) : null
      if (answer) return answer
      throw error
    }
  }
  return Object.assign(guarded, { declaration: declared.declaration })
}

/**
 * For a use case whose last guard is a unique index: two requests racing past its count both
 * insert, the database refuses the second and its transaction is gone, so the answer is given
 * outside the transaction, as the same refusal the count gives.
 */
export function refuseUniqueRace<S extends z.ZodType, R extends TFormResult>(declared: TUseCase<S, R>, refusal: (input: z.output<S>) => Extract<R, { ok: false }>): TUseCase<S, R> {
  return withDatabaseFallback(declared, (error, input) => Promise.resolve(isDatabaseError(error, 'unique') ? refusal(input) : null))
}
