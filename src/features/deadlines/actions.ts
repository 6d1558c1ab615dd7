'use server'

import { formAction } from '@/server/usecase/form-action'
import { setDeadline } from './set-deadline'

// A public POST endpoint: formAction finds the actor; the use case checks manage:funding and the
// county's scope again (src/server/authz).

/** POST (server action) - set or move a deadline of the cycle for a county and year. */
export const setDeadlineAction = formAction(setDeadline)
