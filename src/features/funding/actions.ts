'use server'

import { formAction } from '@/server/usecase/form-action'
import { adjustAllocations, adjustAllocationsInput } from './adjust-allocations'
import { closeGrantYear } from './close-grant-year'
import { createAward } from './create-award'
import { openGrantYear } from './open-grant-year'
import { recordCoFinancing } from './record-co-financing'
import { recordSpending } from './record-spending'
import { removeFundingEntry } from './remove-funding-entry'
import { runAllocationKey } from './run-allocation-key'

// Each action is a public POST endpoint: formAction finds the actor, and the use case checks the
// permission (manage:funding or report:funding) and the scope again (src/server/authz).

/** POST (server action) - open a grant year; on success, go to it. */
export const openGrantYearAction = formAction(openGrantYear, { redirectTo: (result) => `/okonomi/${result.id}` })

/** POST (server action) - run the allocation key for a grant year. */
export const runAllocationKeyAction = formAction(runAllocationKey)

/** POST (server action) - adjust the allocation table; the fields are `amount.<allocation id>`. */
export const adjustAllocationsAction = formAction(adjustAllocations, { toInput: adjustAllocationsInput })

/** POST (server action) - award money to an owner or UH partner. */
export const createAwardAction = formAction(createAward)

/** POST (server action) - close a grant year at its end. */
export const closeGrantYearAction = formAction(closeGrantYear)

/** POST (server action) - a school owner records co-financing (money or staff time). */
export const recordCoFinancingAction = formAction(recordCoFinancing)

/** POST (server action) - an owner or UH partner reports spending of state funds. */
export const recordSpendingAction = formAction(recordSpending)

/** POST (server action) - take back a co-financing or spending entry. */
export const removeFundingEntryAction = formAction(removeFundingEntry)
