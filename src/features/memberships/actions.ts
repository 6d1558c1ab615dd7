'use server'

import { formAction } from '@/server/usecase/form-action'
import { changeMembershipRole } from './change-membership-role'
import { endMembership } from './end-membership'
import { inviteMembership } from './invite-membership'

// Each action is a public POST endpoint: formAction finds the actor, and the use case checks
// `manage:membership` and the scope again (src/server/authz).

/** POST (server action) - invite a person into an organisation, partnership or unit with a role; the invitation email goes after the response. */
export const inviteMembershipAction = formAction(inviteMembership)

/** POST (server action) - change the role of a membership. */
export const changeMembershipRoleAction = formAction(changeMembershipRole)

/** POST (server action) - end a membership; the ended membership leaves the list, so the page itself says it is done. */
export const endMembershipAction = formAction(endMembership, { redirectTo: () => '/admin/medlemskap?status=ended' })
