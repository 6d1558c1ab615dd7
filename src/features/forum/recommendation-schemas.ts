import { z } from 'zod'
import type { TCommonError, TFormRefusal } from '@/lib/form-input'
import { isoDay, optional } from '@/lib/form-schema'
import { ZKroner } from '@/features/funding/schemas'

/** The recommendation page's route: every step of the lifecycle refreshes it. */
export const RECOMMENDATION_PAGE = '/forum/[forumId]/innstilling'

const ZYear = z.coerce.number().int().min(2017).max(2100)
/** recipient id → planned or awarded amount, typed in kroner; a blank field is no line. */
const ZAmounts = z.record(z.uuid(), ZKroner).refine((amounts) => Object.keys(amounts).length <= 500, 'tooMany')

/** Saves the draft of a forum's year (a new version when the last one was returned). */
export const ZDraftRecommendation = z.object({
  forumId: z.uuid(),
  year: ZYear,
  note: optional(z.string().trim().max(4000)),
  amounts: ZAmounts,
})

/** The forum decision that adopted the draft. */
export const ZAdoptRecommendation = z.object({ recommendationId: z.uuid(), decisionId: z.uuid() })

export const ZSendRecommendation = z.object({ recommendationId: z.uuid() })

/**
 * The county governor's decision (vedtak): its case number and the awards, prefilled from the
 * planned amounts; an amount that differs from the planned one needs a reason.
 */
export const ZDecideRecommendation = z.object({
  recommendationId: z.uuid(),
  vedtakReference: z.string().trim().min(3).max(40),
  awardedOn: optional(isoDay),
  amounts: ZAmounts,
  reasons: z.record(z.uuid(), z.string().trim().max(500)).default({}),
})

export const ZReturnRecommendation = z.object({ recommendationId: z.uuid(), comment: z.string().trim().min(5).max(4000) })

/**
 * A form with a field per recipient (`amount.<id>`, `reason.<id>`) as the use cases take it: the
 * amounts and reasons as records; a blank field says nothing.
 */
export function recommendationFormInput(formData: FormData) {
  const amounts: Record<string, string> = {}
  const reasons: Record<string, string> = {}
  const fields: Record<string, FormDataEntryValue> = {}
  for (const [name, value] of formData) {
    const blank = typeof value !== 'string' || value.trim() === ''
    if (name.startsWith('amount.')) {
      if (!blank) amounts[name.slice(7)] = value
    } else if (name.startsWith('reason.')) {
      if (!blank) reasons[name.slice(7)] = value
    } else fields[name] = value
  }
  return { ...fields, amounts, reasons }
}

export type TRecommendationError =
  | TCommonError
  | 'locked'
  | 'notRecipient'
  | 'noLines'
  | 'notDraft'
  | 'notAdopted'
  | 'notSent'
  | 'alreadyDecided'
  | 'noGrantYear'
  | 'closed'
  | 'reasonNeeded'
  | 'overBudget'

/** A success names the forum whose page it changed; a decision says how many awards it made (`values.count`). */
export type TRecommendationResult =
  | { ok: true; done: 'drafted' | 'adopted' | 'sent' | 'decided' | 'returned'; id: string; values?: Record<string, string | number> }
  | TFormRefusal<TRecommendationError>
