import { z } from 'zod'
import type { TCell } from './queries'

/**
 * Which owners lag: per chosen indicator and each of the last `years` years that have a national
 * value, an owner below the national value (above it where less is better) gets one risk point, as
 * Udir's follow-up scheme scores municipalities against the national average over the last three
 * years. A hidden or missing cell gives no point and is counted as unknown, never as below. An
 * owner is listed when its points reach `minPoints` on at least `minIndicators` indicators.
 */
export const ZLagRules = z.object({
  indicators: z.array(z.string().max(120)).max(20).default([]),
  years: z.coerce.number().int().min(1).max(5).default(3),
  minPoints: z.coerce.number().int().min(1).max(100).default(3),
  minIndicators: z.coerce.number().int().min(1).max(20).default(2),
})
export type TLagRules = z.infer<typeof ZLagRules>

export type TLagIndicator = { code: string; higherIsBetter: boolean; national: Map<number, number>; years: number[] }
export type TLagOwner = { code: string; name: string; cells: Map<string, Map<number, TCell>> }
export type TLagResult = { code: string; name: string; points: number; laggingIndicators: number; unknown: number; perIndicator: Record<string, { below: number; of: number }> }

/** Every owner scored; those that meet the rules first (most points first), the rest left out. */
export function scoreLag(owners: TLagOwner[], indicators: TLagIndicator[], rules: TLagRules): TLagResult[] {
  const results = owners.map((owner) => {
    const perIndicator: TLagResult['perIndicator'] = {}
    let points = 0
    let unknown = 0
    for (const indicator of indicators) {
      const years = indicator.years.slice(-rules.years).filter((y) => indicator.national.has(y))
      let below = 0
      for (const year of years) {
        const cell = owner.cells.get(indicator.code)?.get(year)
        if (!cell || cell.status !== 'VALUE' || cell.valueMilli === null) {
          unknown += 1
          continue
        }
        const national = indicator.national.get(year)!
        if (indicator.higherIsBetter ? cell.valueMilli < national : cell.valueMilli > national) below += 1
      }
      points += below
      perIndicator[indicator.code] = { below, of: years.length }
    }
    const laggingIndicators = Object.values(perIndicator).filter((p) => p.below > 0).length
    return { code: owner.code, name: owner.name, points, laggingIndicators, unknown, perIndicator }
  })
  return results
    .filter((r) => r.points >= rules.minPoints && r.laggingIndicators >= Math.min(rules.minIndicators, indicators.length))
    .sort((a, b) => b.points - a.points || a.name.localeCompare(b.name, 'nb'))
}
