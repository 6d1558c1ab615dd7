import { describe, expect, it } from 'vitest'
import { scoreLag, ZLagRules, type TLagIndicator, type TLagOwner } from './lag'

const v = (valueMilli: number) => ({ status: 'VALUE' as const, valueMilli, respondents: 100 })
const hidden = { status: 'SUPPRESSED' as const, valueMilli: null, respondents: null }
const years = [2021, 2022, 2023, 2024]
const wellbeing: TLagIndicator = { code: 'trivsel', higherIsBetter: true, national: new Map(years.map((y) => [y, 4_200])), years }
const bullying: TLagIndicator = { code: 'mobbing', higherIsBetter: false, national: new Map(years.map((y) => [y, 1_200])), years }
const owner = (code: string, trivsel: (ReturnType<typeof v> | typeof hidden)[], mobbing: (ReturnType<typeof v> | typeof hidden)[]): TLagOwner => ({
  code,
  name: `Kommune ${code}`,
  cells: new Map([
    ['trivsel', new Map(trivsel.map((c, i) => [years[i]!, c]))],
    ['mobbing', new Map(mobbing.map((c, i) => [years[i]!, c]))],
  ]),
})

describe('scoreLag', () => {
  const rules = ZLagRules.parse({ years: '3', minPoints: '3', minIndicators: '2' })
  it('gives a point per indicator and year below the national value, counting the last years only', () => {
    const below = owner('1841', [v(3_000), v(4_100), v(4_100), v(4_100)], [v(1_300), v(1_300), v(1_100), v(1_100)])
    const [result] = scoreLag([below], [wellbeing, bullying], rules)
    // 2021 is outside the last three years: trivsel 3 points, mobbing (above is worse) 1 point.
    expect(result).toMatchObject({ code: '1841', points: 4, laggingIndicators: 2, perIndicator: { trivsel: { below: 3, of: 3 }, mobbing: { below: 1, of: 3 } } })
  })

  it('never counts a hidden cell as below: it is unknown', () => {
    const hiddenOwner = owner('1839', [hidden, hidden, hidden, hidden], [hidden, hidden, hidden, hidden])
    expect(scoreLag([hiddenOwner], [wellbeing, bullying], ZLagRules.parse({ minPoints: '1', minIndicators: '1' }))).toEqual([])
    const all = scoreLag([hiddenOwner], [wellbeing, bullying], { ...rules, minPoints: 0, minIndicators: 0 })
    expect(all[0]).toMatchObject({ points: 0, unknown: 6 })
  })

  it('leaves out owners below the thresholds (c lags on one indicator only) and sorts by points', () => {
    const a = owner('a', [v(4_000), v(4_000), v(4_000), v(4_000)], [v(1_300), v(1_300), v(1_300), v(1_300)])
    const b = owner('b', [v(4_300), v(4_000), v(4_000), v(4_000)], [v(1_300), v(1_000), v(1_000), v(1_300)])
    const c = owner('c', [v(4_000), v(4_000), v(4_000), v(4_000)], [v(1_000), v(1_000), v(1_000), v(1_000)])
    expect(scoreLag([c, b, a], [wellbeing, bullying], rules).map((r) => [r.code, r.points])).toEqual([
      ['a', 6],
      ['b', 4],
    ])
    expect(ZLagRules.safeParse({ years: '9' }).success).toBe(false)
  })
})
