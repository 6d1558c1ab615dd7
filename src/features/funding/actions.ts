'use server'

import { runUseCase } from '@/server/actions/run-use-case'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { getActor } from '@/server/auth'
import { getDb } from '@/server/db'
import { adjustAllocations } from './adjust-allocations'
import { closeGrantYear } from './close-grant-year'
import { createAward } from './create-award'
import { openGrantYear } from './open-grant-year'
import { recordCoFinancing } from './record-co-financing'
import { recordSpending } from './record-spending'
import { removeFundingEntry } from './remove-funding-entry'
import { runAllocationKey } from './run-allocation-key'
import type { TFundingResult } from './schemas'
import { formInput } from '@/lib/form-input'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'

// Each action is a public POST endpoint: it finds the actor itself, and the use case checks the
// permission (manage:funding or report:funding) and the scope again (src/server/authz).

/** POST (server action) - open a grant year; on success, go to it. */
export async function openGrantYearAction(_prev: TFundingResult | null, formData: FormData): Promise<TFundingResult> {
  const actor = await getActor()
  if (!actor) return { ok: false, error: 'forbidden' }
  const result = await openGrantYear(await getDb(), actor, Object.fromEntries(formData))
  if (result.ok) redirect(`/okonomi/${result.id}`)
  return result.ok ? result : { ...result, input: formInput(formData) }
}

/** POST (server action) - run the allocation key for a grant year. */
export async function runAllocationKeyAction(_prev: TFundingResult | null, formData: FormData): Promise<TFundingResult> {
  return yearAction(runAllocationKey, formData)
}

/** POST (server action) - adjust the allocation table; the fields are `amount.<allocation id>`. */
export async function adjustAllocationsAction(_prev: TFundingResult | null, formData: FormData): Promise<TFundingResult> {
  const actor = await getActor()
  if (!actor) return { ok: false, error: 'forbidden' }
  const amounts: Record<string, string> = {}
  for (const [name, value] of formData) if (name.startsWith('amount.') && typeof value === 'string') amounts[name.slice(7)] = value
  const result = await adjustAllocations(await getDb(), actor, { grantYearId: formData.get('grantYearId'), reason: formData.get('reason'), amounts })
  if (result.ok) revalidatePath(`/okonomi/${result.id}`)
  return result.ok ? result : { ...result, input: formInput(formData) }
}

/** POST (server action) - award money to an owner or UH partner. */
export async function createAwardAction(_prev: TFundingResult | null, formData: FormData): Promise<TFundingResult> {
  const actor = await getActor()
  if (!actor) return { ok: false, error: 'forbidden' }
  const result = await createAward(await getDb(), actor, Object.fromEntries(formData))
  const grantYearId = formData.get('grantYearId')
  if (result.ok && typeof grantYearId === 'string') revalidatePath(`/okonomi/${grantYearId}`)
  return result.ok ? result : { ...result, input: formInput(formData) }
}

/** POST (server action) - close a grant year at its end. */
export async function closeGrantYearAction(_prev: TFundingResult | null, formData: FormData): Promise<TFundingResult> {
  return yearAction(closeGrantYear, formData)
}

/** POST (server action) - a school owner records co-financing (money or staff time). */
export async function recordCoFinancingAction(_prev: TFundingResult | null, formData: FormData): Promise<TFundingResult> {
  return yearAction(recordCoFinancing, formData)
}

/** POST (server action) - an owner or UH partner reports spending of state funds. */
export async function recordSpendingAction(_prev: TFundingResult | null, formData: FormData): Promise<TFundingResult> {
  return yearAction(recordSpending, formData)
}

/** POST (server action) - take back a co-financing or spending entry. */
export async function removeFundingEntryAction(_prev: TFundingResult | null, formData: FormData): Promise<TFundingResult> {
  return yearAction(removeFundingEntry, formData)
}

/** The shape of the actions whose use case answers with the grant year's id on success. */
function yearAction(run: (db: Db, actor: Actor, input: unknown) => Promise<TFundingResult>, formData: FormData) {
  return runUseCase(run, Object.fromEntries(formData), formData, (result) => (result.id ? [`/okonomi/${result.id}`] : []))
}
