import 'server-only'
import { revalidatePath } from 'next/cache'
import { formInput, type TFormResult } from '@/lib/form-input'
import { getActor } from '@/server/auth'
import type { Actor } from '@/server/authz/actor'
import { getDb } from '@/server/db'
import type { Db } from '@/server/db/client'
import { kickOutbox } from '@/server/email'

/**
 * The body of every server action: find the actor (without one: forbidden), run the use case
 * (which checks the permission and scope itself), and after a success refresh the pages it
 * changed and, when it queued email, send it after the response; after an error hand back what
 * was typed, so the form shows it again.
 */
export async function runUseCase<R extends TFormResult>(
  perform: (db: Db, actor: Actor, input: unknown) => Promise<R>,
  input: unknown,
  typed: FormData | Record<string, string>,
  pages: (result: Extract<R, { ok: true }>) => string[],
  options: { sendsEmail?: boolean } = {},
): Promise<R> {
  const actor = await getActor()
  if (!actor) return { ok: false, error: 'forbidden' } as R
  const result = await perform(await getDb(), actor, input)
  // Note: TypeScript does not narrow a generic union by `ok`, hence the cast below.
  if (!result.ok) return { ...result, input: typed instanceof FormData ? formInput(typed) : typed }
  for (const page of pages(result as Extract<R, { ok: true }>)) {
    // A pattern with [segments] refreshes every page of that route.
    revalidatePath(page, page.includes('[') ? 'page' : undefined)
  }
  if (options.sendsEmail) kickOutbox()
  return result
}
