import type { IndicatorStatus } from '@/generated/prisma/client'

/**
 * Combining cells (the municipalities of a partnership's owners into one figure per year). A mean
 * is only computed when every cell it covers is a value with its n: one suppressed, missing or
 * n-less cell makes the whole aggregate unknown, with the reason, because a figure built from the
 * rest would let a reader work the hidden cell out (secondary suppression) or mislead.
 */
export interface TAggregatable {
  status: IndicatorStatus
  valueMilli: number | null
  respondents: number | null
}

export type TAggregate =
  | { kind: 'value'; valueMilli: number; respondents: number; cells: number }
  | { kind: 'withheld'; reason: 'suppressed' | 'missing' | 'noWeights' | 'empty'; cells: number }

/** The n-weighted mean of the cells, or why there is none. */
export function weightedMean(cells: readonly TAggregatable[]): TAggregate {
  if (cells.length === 0) return { kind: 'withheld', reason: 'empty', cells: 0 }
  if (cells.some((c) => c.status === 'SUPPRESSED')) return { kind: 'withheld', reason: 'suppressed', cells: cells.length }
  if (cells.some((c) => c.status !== 'VALUE' || c.valueMilli === null)) return { kind: 'withheld', reason: 'missing', cells: cells.length }
  if (cells.some((c) => c.respondents === null || c.respondents <= 0)) return { kind: 'withheld', reason: 'noWeights', cells: cells.length }
  let weight = 0
  let sum = 0
  for (const c of cells) {
    weight += c.respondents!
    sum += c.valueMilli! * c.respondents!
  }
  return { kind: 'value', valueMilli: Math.round(sum / weight), respondents: weight, cells: cells.length }
}
