import type { z } from 'zod'
import { fieldErrorMap, fieldProblems } from '@/lib/field-problems'
import { invalidInput } from '@/lib/invalid-fields'
import type { TFormResult } from '@/lib/form-input'
import { can, type Actor } from '@/server/authz/actor'
import type { Permission } from '@/server/authz/permissions'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { audit, type TAuditEntry } from './audit'

type TOk<R> = Extract<R, { ok: true }>
type TFail<R> = Extract<R, { ok: false }>

/**
 * What a use case needs, said once. The wrapper from `defineUseCase` checks the permission,
 * parses the input, opens the transaction, and makes sure the audit row is written in it; the
 * server-action adapter (form-action.ts) reads `revalidate` and `sendsEmail`; the authorization
 * surface and the role × action × tenant matrix read `name` and `permission`.
 */
export interface TUseCaseDeclaration<S extends z.ZodType, R extends TFormResult> {
  /** `<area>.<verb-noun>`, e.g. 'needs.send-order': for the surface, logs and errors. */
  name: string
  /** Without it the use case answers `forbidden` before it reads anything. */
  permission: Permission
  /** Everything from outside passes this schema first; a refusal changes nothing. */
  input: S
  /**
   * 'tenants' (the default): one transaction in the actor's tenant context, so row-level security
   * hides other partnerships whatever a filter forgets. 'platform': one plain transaction, for
   * platform housekeeping that holds no tenant's data (the email queue).
   */
  scope?: 'tenants' | 'platform'
  /** The audit action of a success (e.g. 'uh_order.send'): a success without its row is rolled back. */
  audit?: string
  /** How a refused input is answered (default: `invalid` with the fields zod named). */
  invalid?: (error: z.ZodError, input: unknown) => TFail<R>
  /** The pages a success changes; a `[segment]` pattern refreshes every page of that route. */
  revalidate?: (result: TOk<R>) => string[]
  /** The use case queues email (enqueueEmail): the action sends it after the response. */
  sendsEmail?: boolean
}

export interface TUseCaseContext<I> {
  db: Db
  tx: Tx
  actor: Actor
  input: I
  /** Writes an audit row in this transaction; `action` defaults to the declared one. */
  audit: (entry: TAuditEntry) => Promise<void>
  /** Says that this success changed nothing (the role asked for was already the role), so it has no audit row. */
  unchanged: () => void
}

export type TUseCase<S extends z.ZodType = z.ZodType, R extends TFormResult = TFormResult> = ((db: Db, actor: Actor, input: unknown) => Promise<R>) & {
  declaration: TUseCaseDeclaration<S, R>
}

/**
 * The answer to input the schema refused: the declaration's own, or `invalid`; an `invalid` says
 * what is wrong with each field (`problems`). An area's own error (`periodOrder`, `noPriorities`)
 * already says it and is left as it is.
 */
function refused<S extends z.ZodType, R extends TFormResult>(declaration: TUseCaseDeclaration<S, R>, error: z.ZodError, raw: unknown): TFail<R> {
  if (!declaration.invalid) return invalidInput(error) as TFail<R>
  const own = declaration.invalid(error, raw)
  return own.error === 'invalid' && !own.problems ? { ...own, problems: fieldProblems(error) } : own
}

/**
 * The fields of a raw input holding a NUL character: PostgreSQL text cannot store one, so such a
 * string would end the use case with a database error (a 500) instead of an answer. No form sends
 * one; a hand-made POST can (found by the action fuzz, issue 22).
 */
function nulFields(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object') return []
  return Object.entries(raw as Record<string, unknown>)
    .filter(([, value]) => [value].flat().some((v) => typeof v === 'string' && v.includes('\u0000')))
    .map(([name]) => name)
}

/**
 * Declares a use case: `run` receives the parsed input, the actor and the open transaction, and
 * states only what differs from every other use case. Callable as `(db, actor, input)`, as tests,
 * seeds and adapters call it.
 */
export function defineUseCase<S extends z.ZodType, R extends TFormResult>(
  declaration: TUseCaseDeclaration<S, R>,
  run: (context: TUseCaseContext<z.output<S>>) => Promise<R>,
): TUseCase<S, R> {
  const useCase = async (db: Db, actor: Actor, raw: unknown): Promise<R> => {
    if (!can(actor, declaration.permission)) return { ok: false, error: 'forbidden' } as TFail<R>
    const withNul = nulFields(raw)
    if (withNul.length) return { ok: false, error: 'invalid', fields: withNul } as TFail<R>
    // Note: one error map for every use case, so each rule's issue says what is wrong (src/lib/field-problems.ts).
    const parsed = declaration.input.safeParse(raw, { error: fieldErrorMap })
    if (!parsed.success) return refused(declaration, parsed.error, raw)
    const input: z.output<S> = parsed.data
    const body = async (tx: Tx): Promise<R> => {
      let audited = 0
      let unchanged = false
      const context: TUseCaseContext<z.output<S>> = {
        db,
        tx,
        actor,
        input,
        audit: async (entry) => {
          const action = entry.action ?? declaration.audit
          if (!action) throw new Error(`${declaration.name}: an audit row without an action`)
          audited++
          await audit(tx, actor, { ...entry, action })
        },
        unchanged: () => {
          unchanged = true
        },
      }
      const result = await run(context)
      // Note: throwing rolls the whole transaction back, so a change never commits without its record.
      if (result.ok && declaration.audit && audited === 0 && !unchanged) throw new Error(`${declaration.name}: succeeded without its audit row`)
      return result
    }
    return declaration.scope === 'platform' ? db.$transaction(body) : withActorTenants(db, actor, body)
  }
  return Object.assign(useCase, { declaration })
}
