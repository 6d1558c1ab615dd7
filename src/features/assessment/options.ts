// The option lists that client forms show: kept apart from the zod schemas beside them (which use
// them too), so that zod stays out of the browser's bundle (issue 14, tests/shape/client-boundary.test.ts).
import type { Theme } from '@/generated/prisma/enums'

export const THEMES = [
  'READING',
  'EARLY_INTERVENTION',
  'INCLUSIVE_ENVIRONMENT',
  'NEW_CURRICULUM',
  'SAMI_DIVERSITY',
  'TRANSITIONS',
  'ICT',
  'MATHEMATICS',
  'LEADERSHIP',
  'PLC',
] as const satisfies readonly Theme[]
export const UNIT_KINDS = ['SCHOOL', 'KINDERGARTEN'] as const

/** The four steps of the scale, lowest first; the step's value on 1–4 is its index + 1. */
export const SCALE = ['small', 'some', 'large', 'veryLarge'] as const
export type TScaleStep = (typeof SCALE)[number]

export const MAX_PRIORITIES = 5
