'use server'

import { formAction } from '@/server/usecase/form-action'
import { retryEmail } from './retry-email'

/** POST (server action) - try an unsent email again now; the use case checks manage:platform. */
export const retryEmailAction = formAction(retryEmail)
