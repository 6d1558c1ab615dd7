'use server'

import { decideRecommendation, returnRecommendation } from '@/features/funding/decide-recommendation'
import { formAction } from '@/server/usecase/form-action'
import { draftRecommendation } from './recommendation-draft'
import { recommendationFormInput } from './recommendation-schemas'
import { adoptRecommendation, sendRecommendation } from './recommendation-steps'

// Each action is a public POST endpoint: the adapter finds the actor, and the use case checks the
// permission (manage:forum for the secretariat's steps, manage:funding for the county governor's)
// and the partnership scope (src/server/authz).

/** POST (server action) - save the year's draft; planned amounts come as `amount.<recipient id>`. */
export const draftRecommendationAction = formAction(draftRecommendation, { toInput: recommendationFormInput })

/** POST (server action) - record the forum decision that adopted the draft. */
export const adoptRecommendationAction = formAction(adoptRecommendation)

/** POST (server action) - send the adopted version to the county governor (after a confirmation). */
export const sendRecommendationAction = formAction(sendRecommendation)

/** POST (server action) - the county governor's decision: awards as `amount.<id>`, reasons as `reason.<id>` (after a confirmation). */
export const decideRecommendationAction = formAction(decideRecommendation, { toInput: recommendationFormInput })

/** POST (server action) - the county governor returns the version with a comment. */
export const returnRecommendationAction = formAction(returnRecommendation)
