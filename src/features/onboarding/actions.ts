'use server'

import { formAction } from '@/server/usecase/form-action'
import { decideMembershipRequest } from './decide-membership-request'
import { setFeideOnboarding } from './set-feide-onboarding'

// Each action is a public POST endpoint: formAction finds the actor, and the use case checks
// `manage:staff` and the scope again (src/server/authz).

/** POST (server action) - approve or refuse a place at a unit that a Feide login asked for; the decided request leaves the list, so the page itself says it is done. */
export const decideMembershipRequestAction = formAction(decideMembershipRequest, { redirectTo: (result) => `/personale/foresporsler?status=${result.done}` })

/** POST (server action) - a school owner's choice: Feide places its staff at once, or after the leader's approval. */
export const setFeideOnboardingAction = formAction(setFeideOnboarding)
