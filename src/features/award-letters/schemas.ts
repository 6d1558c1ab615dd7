import { z } from 'zod'
import type { TFormRefusal } from '@/lib/form-input'
import { isoDay } from '@/lib/form-schema'

/** County governor staff send the grant year's letters: one per award that has none yet. */
export const ZSendAwardLetters = z.object({
  grantYearId: z.uuid(),
  /** The day the owners' reports are due, printed in every letter of this batch. */
  reportingDeadline: isoDay,
  purpose: z.string().trim().min(10).max(2000),
  contact: z.string().trim().min(5).max(300),
})

/** The recipient accepts its letter. */
export const ZAcceptAwardLetter = z.object({ letterId: z.uuid() })

export type TAwardLetterError = 'forbidden' | 'invalid' | 'notFound' | 'closed' | 'nothingToSend' | 'alreadyAccepted' | 'notRecipient'

export type TAwardLetterResult = { ok: true; done: 'sent' | 'accepted'; id: string; values?: Record<string, string | number> } | TFormRefusal<TAwardLetterError>

/** The letters' page of a grant year. */
export const AWARD_LETTERS_PAGE = '/okonomi/[grantYearId]/tilsagnsbrev'
export const awardLettersPath = (grantYearId: string) => `/okonomi/${grantYearId}/tilsagnsbrev`
export const awardLetterPdfPath = (grantYearId: string, letterId: string) => `/okonomi/${grantYearId}/tilsagnsbrev/${letterId}/brev.pdf`
