'use server'

import { formAction } from '@/server/usecase/form-action'
import { reallocate } from './reallocate'
import { reopenGrantYear } from './reopen-grant-year'
import { setUnusedMoney } from './set-unused-money'

// Each action is a public POST endpoint: formAction finds the actor, and the use case checks
// manage:funding and the year's scope again (src/server/authz). The closing itself is funding's
// closeGrantYearAction, sent from this feature's confirmation dialog.

/** POST (server action) - choose whether the year's unused money is repaid or reallocated. */
export const setUnusedMoneyAction = formAction(setUnusedMoney)

/** POST (server action) - move unused money from one recipient to another of the partnership. */
export const reallocateAction = formAction(reallocate)

/** POST (server action) - open a closed grant year again, with a reason. */
export const reopenGrantYearAction = formAction(reopenGrantYear)
