import type { TCommonError, TFormRefusal } from '@/lib/form-input'
import { z } from 'zod'
import { isoDay, optional } from '@/lib/form-schema'
import { MAX_AMOUNT_ORE, ORE_PER_KRONE, parseKroner } from '@/lib/money'
import { staffTimeOre } from './summary'

/** An amount in kroner as typed («1 234 567,50»), to whole øre, at most MAX_AMOUNT_ORE. */
export const ZKroner = z.string().transform((text, ctx) => {
  const ore = parseKroner(text)
  if (ore === null || ore > MAX_AMOUNT_ORE) {
    ctx.addIssue({ code: 'custom', message: 'amount' })
    return z.NEVER
  }
  return ore
})

export const ZOpenGrantYear = z.object({
  partnershipId: z.uuid(),
  year: z.coerce.number().int().min(2000).max(2100),
  stateAmount: ZKroner.refine((ore) => ore > 0n, 'positiveAmount'),
  basePerOwner: optional(ZKroner),
  fteWeight: optional(z.coerce.number().int().min(0).max(100)),
  pupilWeight: optional(z.coerce.number().int().min(0).max(100)),
  coFinancingPercent: optional(z.coerce.number().min(0).max(100)),
})

export const ZGrantYearRef = z.object({ grantYearId: z.uuid() })

export const ZAdjustAllocations = z.object({
  grantYearId: z.uuid(),
  reason: z.string().trim().min(5).max(500),
  /** allocation id → new amount in kroner */
  amounts: z.record(z.uuid(), ZKroner),
})

export const ZCreateAward = z.object({
  grantYearId: z.uuid(),
  recipientId: z.uuid(),
  amount: ZKroner.refine((ore) => ore > 0n, 'positiveAmount'),
  decisionId: optional(z.uuid()),
  awardedOn: optional(isoDay),
  idempotencyKey: z.uuid(),
})

/** The most staff time one entry records: 10 000 hours, about five person-years. */
const MAX_HOURS_CENTI = 1_000_000n
/** The highest hourly cost of released staff time: 100 000 kr, a hundred times a teacher's. */
const MAX_HOURLY_RATE_ORE = 100_000n * ORE_PER_KRONE

/** Hours as typed («37,5»), to hundredths of an hour; the same number format as kroner. */
const ZHours = z.string().transform((text, ctx) => {
  const centi = parseKroner(text)
  if (centi === null || centi === 0n || centi > MAX_HOURS_CENTI) {
    ctx.addIssue({ code: 'custom', message: 'hours' })
    return z.NEVER
  }
  return Number(centi)
})

const ZDescription = z.string().trim().min(3).max(500)

/** A school owner's own contribution: money, or released staff time at an hourly cost. */
export const ZRecordCoFinancing = z.discriminatedUnion('kind', [
  z.object({
    grantYearId: z.uuid(),
    ownerId: z.uuid(),
    kind: z.literal('MONEY'),
    amount: ZKroner.refine((ore) => ore > 0n, 'positiveAmount'),
    description: ZDescription,
  }),
  z
    .object({
      grantYearId: z.uuid(),
      ownerId: z.uuid(),
      kind: z.literal('STAFF_TIME'),
      hours: ZHours,
      hourlyRate: ZKroner.refine((ore) => ore > 0n && ore <= MAX_HOURLY_RATE_ORE, { message: 'hourlyRate', params: { maximum: Number(MAX_HOURLY_RATE_ORE / ORE_PER_KRONE) } }),
      description: ZDescription,
    })
    // The bounds above keep the product within MAX_AMOUNT_ORE; said here too, so a change to
    // either bound cannot let an amount past it reach the database.
    .refine((d) => staffTimeOre(d.hours, d.hourlyRate) <= MAX_AMOUNT_ORE, { path: ['hourlyRate'], message: 'staffTimeTotal' }),
])

/** State funds an owner or UH partner has used, optionally on one measure. */
export const ZRecordSpending = z.object({
  grantYearId: z.uuid(),
  recipientId: z.uuid(),
  measureId: optional(z.uuid()),
  amount: ZKroner.refine((ore) => ore > 0n, 'positiveAmount'),
  // Note: compared as ISO strings, so «today» is the server's date, not the person's clock.
  spentOn: isoDay.refine((d) => d <= new Date().toISOString().slice(0, 10), 'futureDate'),
  description: ZDescription,
})

export const ZRemoveFundingEntry = z.object({
  entry: z.enum(['coFinancing', 'spending']),
  id: z.uuid(),
})

export type TFundingError =
  | TCommonError
  | 'duplicateYear'
  | 'noOwners'
  | 'baseExceedsGrant'
  | 'noWeights'
  | 'unbalanced'
  | 'overBudget'
  | 'notRecipient'
  | 'closed'
  | 'notOwner'
  | 'overAwarded'

export type TFundingResult =
  | { ok: true; done: 'opened' | 'keyRun' | 'adjusted' | 'awarded' | 'coFinanced' | 'spent' | 'removed' | 'closed'; id?: string; repeated?: boolean }
  | TFormRefusal<TFundingError>
