import { allItems, itemScore, type TAnswerValues, type TIndicator, type TInstrumentContent } from '../instruments/schemas'

// One respondent's value for an indicator. A mean-type indicator needs at least half of its items
// answered (otherwise a single item would stand for the whole index); a share-type indicator counts
// the respondent when its item is answered. Values are additive over respondents, so totals are
// sums and the suppression model of ADR 024 applies to them.

export interface TIndicatorTotals {
  /** Respondents with a value for the indicator. */
  n: number
  /** Sum of the respondents' values (a mean-type value is 1–5; a share-type one 0 or 1). */
  sum: number
  /** Sum of the squared values, for the spread (and a change's confidence interval). */
  sumSq: number
  /** Respondents per bucket: the value rounded to 1–5 (mean), or [not, yes] (share). */
  distribution: number[]
}

export const emptyTotals = (indicator: TIndicator): TIndicatorTotals => ({ n: 0, sum: 0, sumSq: 0, distribution: indicator.kind === 'mean' ? [0, 0, 0, 0, 0] : [0, 0] })

export function indicatorValue(content: TInstrumentContent, indicator: TIndicator, values: TAnswerValues): number | null {
  const items = new Map(allItems(content).map((i) => [i.key, i]))
  if (indicator.kind === 'share') {
    const answer = values[indicator.item]
    return answer === undefined ? null : answer >= indicator.atLeast ? 1 : 0
  }
  const scores = indicator.items.flatMap((key) => (values[key] === undefined ? [] : [itemScore(items.get(key)!, values[key])]))
  if (scores.length * 2 < indicator.items.length) return null
  return scores.reduce((a, b) => a + b, 0) / scores.length
}

export function addToTotals(totals: TIndicatorTotals, indicator: TIndicator, value: number | null) {
  if (value === null) return
  totals.n += 1
  totals.sum += value
  totals.sumSq += value * value
  const bucket = indicator.kind === 'mean' ? Math.min(5, Math.max(1, Math.round(value))) - 1 : value
  totals.distribution[bucket]! += 1
}

export function addTotals(into: TIndicatorTotals, from: TIndicatorTotals) {
  into.n += from.n
  into.sum += from.sum
  into.sumSq += from.sumSq
  from.distribution.forEach((v, i) => (into.distribution[i]! += v))
}
