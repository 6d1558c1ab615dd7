import { z } from 'zod'
import type { TCommonError, TFormRefusal } from '@/lib/form-input'
import { ZKroner } from '@/features/funding/schemas'
import { UNUSED_MONEY } from './options'

export { UNUSED_MONEY, type TUnusedMoney } from './options'

/** Why a closed year is opened again, or a move made: said in a sentence, kept in the audit trail. */
const ZReason = z.string().trim().min(5).max(500)

export const ZSetUnusedMoney = z.object({ grantYearId: z.uuid(), unusedMoney: z.enum(UNUSED_MONEY) })

export const ZReallocate = z.object({
  grantYearId: z.uuid(),
  fromRecipientId: z.uuid(),
  toRecipientId: z.uuid(),
  amount: ZKroner.refine((ore) => ore > 0n, 'positiveAmount'),
  reason: ZReason,
})

export const ZReopenGrantYear = z.object({ grantYearId: z.uuid(), reason: ZReason })

export type TYearEndError = TCommonError | 'closed' | 'notClosed' | 'repays' | 'notRecipient' | 'overUnused' | 'sameRecipient'

export type TYearEndResult =
  | { ok: true; done: 'modeSet' | 'reallocated' | 'reopened'; id: string; repeated?: boolean; values?: Record<string, string | number> }
  | TFormRefusal<TYearEndError>
