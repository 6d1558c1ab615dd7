'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { getActor } from '@/server/auth'
import { getDb } from '@/server/db'
import { adjustAllocations } from './adjust-allocations'
import { createAward } from './create-award'
import { openGrantYear } from './open-grant-year'
import { runAllocationKey } from './run-allocation-key'
import type { TFundingResult } from './schemas'
import { formInput } from '@/lib/form-input'

// Each action is a public POST endpoint: it finds the actor itself, and the use case checks
// manage:funding and the county scope again (src/server/authz).

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
  const actor = await getActor()
  if (!actor) return { ok: false, error: 'forbidden' }
  const result = await runAllocationKey(await getDb(), actor, Object.fromEntries(formData))
  if (result.ok) revalidatePath(`/okonomi/${result.id}`)
  return result.ok ? result : { ...result, input: formInput(formData) }
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
