'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { getActor } from '@/server/auth'
import { getDb } from '@/server/db'
import { kickOutbox } from '@/server/email'
import { changeMembershipRole } from './change-membership-role'
import { endMembership } from './end-membership'
import { inviteMembership } from './invite-membership'
import type { TMembershipResult } from './schemas'
import { formInput } from '@/lib/form-input'

// Each action is a public POST endpoint: it finds the actor itself, and the use case checks
// `manage:membership` and the scope again (src/server/authz).

/** POST (server action) - invite a person into an organisation, partnership or unit with a role. */
export async function inviteMembershipAction(_prev: TMembershipResult | null, formData: FormData): Promise<TMembershipResult> {
  const actor = await getActor()
  if (!actor) return { ok: false, error: 'forbidden' }
  const result = await inviteMembership(await getDb(), actor, Object.fromEntries(formData))
  if (result.ok) {
    revalidatePath('/admin/medlemskap')
    // The invitation email was queued with the membership; send it after the response.
    kickOutbox()
  }
  return result.ok ? result : { ...result, input: formInput(formData) }
}

/** POST (server action) - change the role of a membership. */
export async function changeMembershipRoleAction(_prev: TMembershipResult | null, formData: FormData): Promise<TMembershipResult> {
  const actor = await getActor()
  if (!actor) return { ok: false, error: 'forbidden' }
  const result = await changeMembershipRole(await getDb(), actor, Object.fromEntries(formData))
  if (result.ok) revalidatePath('/admin/medlemskap')
  return result.ok ? result : { ...result, input: formInput(formData) }
}

/** POST (server action) - end a membership. */
export async function endMembershipAction(_prev: TMembershipResult | null, formData: FormData): Promise<TMembershipResult> {
  const actor = await getActor()
  if (!actor) return { ok: false, error: 'forbidden' }
  const result = await endMembership(await getDb(), actor, Object.fromEntries(formData))
  // The ended membership leaves the list, and its row with it: the page itself says it is done.
  if (result.ok) redirect('/admin/medlemskap?status=ended')
  return result.ok ? result : { ...result, input: formInput(formData) }
}
