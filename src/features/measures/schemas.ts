import type { TAreaResult, TCommonError } from '@/lib/form-input'
import { z } from 'zod'
import { blankToUndefined, isoDay, list, optional, pastIsoDay } from '@/lib/form-schema'
import { THEMES, SECTOR_GOALS, LEVELS, MEASURE_STATUSES, STAGES, VISIT_KINDS } from './options'

export { THEMES, SECTOR_GOALS, LEVELS, MEASURE_STATUSES, STAGES, VISIT_KINDS } from './options'

const measureFields = {
  title: z.string().trim().min(3).max(200),
  description: optional(z.string().trim().max(4000)),
  themes: list(z.enum(THEMES)).pipe(z.array(z.enum(THEMES)).min(1)),
  sectorGoals: list(z.enum(SECTOR_GOALS)),
  level: z.enum(LEVELS),
  status: z.enum(MEASURE_STATUSES),
  startsOn: optional(isoDay),
  endsOn: optional(isoDay),
  unitIds: list(z.uuid(), 500),
  universityId: optional(z.uuid()),
  facilitatorIds: list(z.uuid(), 50),
  grantYearId: optional(z.uuid()),
  // Kroner as typed; parseKroner reads it in the use case, so the error can name the field.
  budget: optional(z.string().trim().max(30)),
  decisionId: optional(z.uuid()),
  priority: optional(z.coerce.number().int().min(1).max(999)),
}

export const ZCreateMeasure = z.object({ partnershipId: z.uuid(), ...measureFields })
export const ZUpdateMeasure = z.object({ measureId: z.uuid(), ...measureFields })
export type TMeasureFields = z.infer<typeof ZCreateMeasure>

export const ZCreatePlan = z
  .object({
    // «unit:<id>» for a unit's own plan, «partnership:<id>» for the partnership's plan.
    target: z.string().regex(/^(unit|partnership):[0-9a-f-]{36}$/i, 'choose'),
    title: z.string().trim().min(3).max(200),
    startsOn: isoDay,
    endsOn: optional(isoDay),
  })
  .refine((d) => !d.endsOn || d.endsOn >= d.startsOn, { path: ['endsOn'], message: 'periodOrder' })

export const ZSavePlanLevel = z.object({
  planId: z.uuid(),
  level: z.enum(LEVELS),
  signsOfPractice: z.string().trim().min(3).max(8000),
  pictureOfFuture: z.string().trim().min(3).max(8000),
  methods: z.string().trim().min(3).max(8000),
})

export const ZAddPlanReview = z.object({
  planId: z.uuid(),
  level: z.enum(LEVELS),
  // Note: not isoDay: the use case answers a day after today (also one past isoDay's years) as
  // `futureDate`, with its own message; pastIsoDay refuses a day that does not exist or is before MIN_YEAR.
  reviewedOn: pastIsoDay,
  stage: z.enum(STAGES),
  note: z.string().trim().min(3).max(4000),
})

export const ZLogVisit = z.object({
  unitId: z.uuid(),
  kind: z.enum(VISIT_KINDS),
  // Note: not isoDay, as reviewedOn.
  visitedOn: pastIsoDay,
  hours: z.preprocess((v) => blankToUndefined(v) ?? 0, z.coerce.number().int().min(0).max(24)),
  minutes: z.preprocess((v) => blankToUndefined(v) ?? 0, z.coerce.number().int().min(0).max(59)),
  notes: z.string().trim().min(3).max(8000),
  orderId: optional(z.uuid()),
  measureId: optional(z.uuid()),
})

/** Filters on /tiltak, from the address bar: anything unknown is dropped rather than refused. */
export const ZMeasureFilters = z.object({
  theme: z.enum(THEMES).optional().catch(undefined),
  level: z.enum(LEVELS).optional().catch(undefined),
  status: z.enum(MEASURE_STATUSES).optional().catch(undefined),
  year: z.coerce.number().int().min(2017).max(2100).optional().catch(undefined),
})
export type TMeasureFilters = z.infer<typeof ZMeasureFilters>

export type TMeasuresError =
  | TCommonError
  | 'periodOrder'
  | 'budget'
  | 'budgetNeedsYear'
  | 'unknownUnit'
  | 'unknownUniversity'
  | 'facilitatorNeedsUniversity'
  | 'notFacilitator'
  | 'unknownYear'
  | 'unknownDecision'
  | 'futureDate'
  | 'duration'
  | 'unknownOrder'
  | 'unknownMeasure'

export type TMeasuresResult = TAreaResult<'measureCreated' | 'measureUpdated' | 'planCreated' | 'levelSaved' | 'reviewAdded' | 'visitLogged', TMeasuresError>
