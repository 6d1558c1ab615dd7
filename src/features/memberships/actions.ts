'use server'

import { redirect } from 'next/navigation'
import { runUseCase } from '@/server/actions/run-use-case'
import { changeMembershipRole } from './change-membership-role'
import { endMembership } from './end-membership'
import { inviteMembership } from './invite-membership'
import type { TMembershipResult } from './schemas'

// Each action is a public POST endpoint: it finds the actor itself, and the use case checks
// `manage:membership` and the scope again (src/server/authz).

/** POST (server action) - invite a person into an organisation, partnership or unit with a role. */
export async function inviteMembershipAction(_prev: TMembershipResult | null, formData: FormData): Promise<TMembershipResult> {
  // The invitation email was queued with the membership; it goes after the response.
  return runUseCase(inviteMembership, Object.fromEntries(formData), formData, () => ['/admin/medlemskap'], { sendsEmail: true })
}

/** POST (server action) - change the role of a membership. */
export async function changeMembershipRoleAction(_prev: TMembershipResult | null, formData: FormData): Promise<TMembershipResult> {
  return runUseCase(changeMembershipRole, Object.fromEntries(formData), formData, () => ['/admin/medlemskap'])
}

/** POST (server action) - end a membership. */
export async function endMembershipAction(_prev: TMembershipResult | null, formData: FormData): Promise<TMembershipResult> {
  const result = await runUseCase(endMembership, Object.fromEntries(formData), formData, () => [])
  // The ended membership leaves the list, and its row with it: the page itself says it is done.
  if (result.ok) redirect('/admin/medlemskap?status=ended')
  return result
}
