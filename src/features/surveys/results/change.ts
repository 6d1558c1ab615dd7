import { changeShown } from '../suppression/suppress'
import type { TCellResult } from './compute'

// The change of a cell between two waves of a series: the difference of the means (or shares) with
// a 95 % confidence interval (Welch's normal approximation: the two waves are independent samples
// of different respondents). Shown only where both waves' cells are shown (ADR 024), so it is
// computed from published figures and gives nothing hidden away.

export interface TChange {
  difference: number
  low: number
  high: number
}

const Z95 = 1.959964

export function changeBetween(earlier: TCellResult | undefined, later: TCellResult | undefined): TChange | null {
  if (!changeShown(earlier, later) || !earlier?.shown || !later?.shown) return null
  const difference = later.mean - earlier.mean
  const se = Math.sqrt((earlier.sd * earlier.sd) / earlier.n + (later.sd * later.sd) / later.n)
  return { difference, low: difference - Z95 * se, high: difference + Z95 * se }
}
