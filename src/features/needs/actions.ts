'use server'

import { runUseCase } from '@/server/actions/run-use-case'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { acceptOffer } from './accept-offer'
import { addNeedsPriority } from './add-needs-priority'
import { answerOrder } from './answer-order'
import { createNeedsReport } from './create-needs-report'
import { createOrder } from './create-order'
import { declineOffer } from './decline-offer'
import { removeNeedsPriority } from './remove-needs-priority'
import { sendOrder } from './send-order'
import { submitNeedsReport } from './submit-needs-report'
import type { TNeedsResult } from './schemas'

// Each action is a public POST endpoint: it finds the actor itself, and the use case checks the
// permission and looks every id up through a scope again (src/server/authz).

/** The form's "for whom" choice is `<partnership id>|<owner id>`: one option per place the actor writes for. */
function withContext(formData: FormData) {
  const context = formData.get('context')
  const [partnershipId, ownerId] = typeof context === 'string' ? context.split('|') : []
  return { ...Object.fromEntries(formData), partnershipId, ownerId, coOwnerIds: formData.getAll('coOwnerIds') }
}

/** POST (server action) - start a needs report, alone or jointly. */
export async function createNeedsReportAction(_prev: TNeedsResult | null, formData: FormData): Promise<TNeedsResult> {
  return run(createNeedsReport, withContext(formData), formData, (id) => `/behov/${id}`)
}

/** POST (server action) - add a priority to a draft report. */
export async function addNeedsPriorityAction(_prev: TNeedsResult | null, formData: FormData): Promise<TNeedsResult> {
  return run(addNeedsPriority, { ...Object.fromEntries(formData), unitIds: formData.getAll('unitIds') }, formData, (id) => `/behov/${id}`)
}

/** POST (server action) - remove a priority from a draft report. */
export async function removeNeedsPriorityAction(_prev: TNeedsResult | null, formData: FormData): Promise<TNeedsResult> {
  return run(removeNeedsPriority, Object.fromEntries(formData), formData, (id) => `/behov/${id}`)
}

/** POST (server action) - submit a report to the forum. */
export async function submitNeedsReportAction(_prev: TNeedsResult | null, formData: FormData): Promise<TNeedsResult> {
  return run(submitNeedsReport, Object.fromEntries(formData), formData, (id) => `/behov/${id}`)
}

/** POST (server action) - write an order to a UH partner (a draft). */
export async function createOrderAction(_prev: TNeedsResult | null, formData: FormData): Promise<TNeedsResult> {
  const input = { ...withContext(formData), themes: formData.getAll('themes'), unitIds: formData.getAll('unitIds') }
  return run(createOrder, input, formData, (id) => `/bestillinger/${id}`)
}

/** POST (server action) - send a draft order to the UH partner. */
export async function sendOrderAction(_prev: TNeedsResult | null, formData: FormData): Promise<TNeedsResult> {
  return run(sendOrder, Object.fromEntries(formData), formData, (id) => `/bestillinger/${id}`)
}

/** POST (server action) - the UH partner's offer. */
export async function answerOrderAction(_prev: TNeedsResult | null, formData: FormData): Promise<TNeedsResult> {
  return run(answerOrder, Object.fromEntries(formData), formData, (id) => `/bestillinger/${id}`)
}

/** POST (server action) - the owner accepts the offer. */
export async function acceptOfferAction(_prev: TNeedsResult | null, formData: FormData): Promise<TNeedsResult> {
  return run(acceptOffer, Object.fromEntries(formData), formData, (id) => `/bestillinger/${id}`)
}

/** POST (server action) - the owner declines the offer, with a reason. */
export async function declineOfferAction(_prev: TNeedsResult | null, formData: FormData): Promise<TNeedsResult> {
  return run(declineOffer, Object.fromEntries(formData), formData, (id) => `/bestillinger/${id}`)
}

/** The shape every action here shares: find the actor, run the use case, refresh the pages it changed. */
function run(perform: (db: Db, actor: Actor, input: unknown) => Promise<TNeedsResult>, input: unknown, formData: FormData, path: (id: string) => string) {
  // The page and the list above it; a sent order or an offer queues email for the other side.
  return runUseCase(perform, input, formData, (result) => [path(result.id), path(result.id).slice(0, path(result.id).lastIndexOf('/'))], { sendsEmail: true })
}
