'use server'

import { formAction } from '@/server/usecase/form-action'
import { addOrganisation } from './add-organisation'

// Each action is a public POST endpoint: the adapter finds the actor, and the use case checks
// manage:organisations and the county scope (src/server/authz).

/** POST (server action) - add an organisation that sits in bodies, with its kind and county. */
export const addOrganisationAction = formAction(addOrganisation)
