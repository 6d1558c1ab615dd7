import { z } from 'zod'
import type { TCommonError, TFormRefusal } from '@/lib/form-input'
import { isoDay } from '@/lib/form-schema'
import { DEADLINE_KINDS } from './options'

export { DEADLINE_KINDS, type TDeadlineKind } from './options'

export const ZSetDeadline = z.object({
  countyId: z.uuid(),
  year: z.coerce.number().int().min(2017).max(2100),
  kind: z.enum(DEADLINE_KINDS),
  dueOn: isoDay,
})

export type TDeadlineError = TCommonError

export type TDeadlineResult = { ok: true; done: 'set'; id: string; values?: Record<string, string | number> } | TFormRefusal<TDeadlineError>
