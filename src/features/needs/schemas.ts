import type { TAreaResult, TCommonError } from '@/lib/form-input'
import { z } from 'zod'
import { Theme } from '@/generated/prisma/enums'
import { blankToUndefined, isoDay, list, optional } from '@/lib/form-schema'

export { THEMES, suggestionText } from './options'

const ids = list(z.uuid())
const year = z.coerce.number().int().min(2017).max(2100)

export const ZCreateNeedsReport = z.object({
  partnershipId: z.uuid(),
  ownerId: z.uuid(),
  year,
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().min(10).max(8000),
  coOwnerIds: ids,
})

export const ZAddNeedsPriority = z.object({
  reportId: z.uuid(),
  theme: z.enum(Theme),
  description: z.string().trim().min(3).max(4000),
  unitIds: ids,
})

export const ZRemoveNeedsPriority = z.object({ priorityId: z.uuid() })
export const ZSubmitNeedsReport = z.object({ reportId: z.uuid() })

export const ZCreateOrder = z
  .object({
    partnershipId: z.uuid(),
    ownerId: z.uuid(),
    universityId: z.uuid(),
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().min(10).max(8000),
    themes: list(z.enum(Theme)).pipe(z.array(z.enum(Theme)).min(1)),
    unitIds: ids.pipe(z.array(z.uuid()).min(1)),
    coOwnerIds: ids,
    startsOn: isoDay,
    endsOn: isoDay,
    hoursRequested: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000)),
  })
  .refine((d) => d.endsOn >= d.startsOn, { path: ['endsOn'], message: 'periodOrder' })

export const ZOrderRef = z.object({ orderId: z.uuid() })

export const ZAnswerOrder = z.object({
  orderId: z.uuid(),
  offerText: z.string().trim().min(10).max(8000),
  offerHours: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000)),
  offerFacilitators: optional(z.string().trim().max(500)),
})

/** The UH coordinator names (or removes) one of its university's facilitators on an order. */
export const ZOrderFacilitator = z.object({ orderId: z.uuid(), userId: z.uuid() })

export const ZDeclineOffer = z.object({ orderId: z.uuid(), declineReason: z.string().trim().min(3).max(2000) })

export type TNeedsError =
  | TCommonError
  | 'periodOrder'
  | 'notOwner'
  | 'notUnitOfOwners'
  | 'notPartnerUniversity'
  | 'submitted'
  | 'noPriorities'
  | 'wrongStatus'
  | 'notFacilitator'
  | 'alreadyAssigned'

export type TNeedsDone =
  | 'reportCreated'
  | 'priorityAdded'
  | 'priorityRemoved'
  | 'reportSubmitted'
  | 'orderCreated'
  | 'orderSent'
  | 'orderAnswered'
  | 'offerAccepted'
  | 'offerDeclined'
  | 'facilitatorAssigned'
  | 'facilitatorRemoved'

export type TNeedsResult = TAreaResult<TNeedsDone, TNeedsError>

/** The pages a change to a report or an order refreshes: its own, and the list above it. */
export const reportPages = (r: { id: string }) => [`/behov/${r.id}`, '/behov']
export const orderPages = (r: { id: string }) => [`/bestillinger/${r.id}`, '/bestillinger']

/** The fields zod refused; a period in the wrong order gets its own message. */
export function invalidResult(error: z.ZodError): Extract<TNeedsResult, { ok: false }> {
  const fields = [...new Set(error.issues.map((i) => String(i.path[0])))]
  const periodOrder = error.issues.some((i) => i.message === 'periodOrder')
  return { ok: false, error: periodOrder && fields.length === 1 ? 'periodOrder' : 'invalid', fields }
}
