'use server'

import { formAction } from '@/server/usecase/form-action'
import { acceptOffer } from './accept-offer'
import { addNeedsPriority } from './add-needs-priority'
import { answerOrder } from './answer-order'
import { assignOrderFacilitator } from './assign-order-facilitator'
import { createNeedsReport } from './create-needs-report'
import { createOrder } from './create-order'
import { declineOffer } from './decline-offer'
import { removeNeedsPriority } from './remove-needs-priority'
import { removeOrderFacilitator } from './remove-order-facilitator'
import { sendOrder } from './send-order'
import { submitNeedsReport } from './submit-needs-report'

// Each action is a public POST endpoint: the adapter finds the actor itself, and the use case
// checks the permission and looks every id up through a scope again (src/server/authz).

/** The form's "for whom" choice is `<partnership id>|<owner id>`: one option per place the actor writes for. */
function withContext(formData: FormData) {
  const context = formData.get('context')
  const [partnershipId, ownerId] = typeof context === 'string' ? context.split('|') : []
  return { ...Object.fromEntries(formData), partnershipId, ownerId, coOwnerIds: formData.getAll('coOwnerIds') }
}

/** POST (server action) - start a needs report, alone or jointly. */
export const createNeedsReportAction = formAction(createNeedsReport, { toInput: withContext })

/** POST (server action) - add a priority to a draft report. */
export const addNeedsPriorityAction = formAction(addNeedsPriority, { toInput: (formData) => ({ ...Object.fromEntries(formData), unitIds: formData.getAll('unitIds') }) })

/** POST (server action) - remove a priority from a draft report. */
export const removeNeedsPriorityAction = formAction(removeNeedsPriority)

/** POST (server action) - submit a report to the forum. */
export const submitNeedsReportAction = formAction(submitNeedsReport)

/** POST (server action) - write an order to a UH partner (a draft). */
export const createOrderAction = formAction(createOrder, {
  toInput: (formData) => ({ ...withContext(formData), themes: formData.getAll('themes'), unitIds: formData.getAll('unitIds') }),
})

/** POST (server action) - send a draft order to the UH partner; its people get an email. */
export const sendOrderAction = formAction(sendOrder)

/** POST (server action) - the UH partner's offer; the owner's people get an email. */
export const answerOrderAction = formAction(answerOrder)

/** POST (server action) - the owner accepts the offer. */
export const acceptOfferAction = formAction(acceptOffer)

/** POST (server action) - the owner declines the offer, with a reason. */
export const declineOfferAction = formAction(declineOffer)

/** POST (server action) - the UH coordinator assigns one of its facilitators to an order. */
export const assignOrderFacilitatorAction = formAction(assignOrderFacilitator)

/** POST (server action) - the UH coordinator removes a facilitator from an order. */
export const removeOrderFacilitatorAction = formAction(removeOrderFacilitator)
