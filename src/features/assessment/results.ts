import type { TScaleStep } from './schemas'

export type TCounts = Record<TScaleStep, number>

export interface TStatementResult {
  id: string
  position: number
  area: string
  text: string
  counts: TCounts
  answers: number
  /** On the scale 1 (i liten grad) to 4 (i svært stor grad); null without answers. */
  mean: number | null
}

export interface TAreaResult {
  area: string
  answers: number
  mean: number | null
}

const score = (c: TCounts) => c.small + 2 * c.some + 3 * c.large + 4 * c.veryLarge
const answers = (c: TCounts) => c.small + c.some + c.large + c.veryLarge

/**
 * Results per statement and per area. An area's mean weighs every answer in the area alike (not
 * the statements' means), so a statement few answered counts for less. Areas keep the order in
 * which they first appear in the set.
 */
export function assessmentResults(statements: { id: string; position: number; area: string; text: string; counts: TCounts }[]): { statements: TStatementResult[]; areas: TAreaResult[] } {
  const rows = statements.map((s) => {
    const n = answers(s.counts)
    return { ...s, answers: n, mean: n ? score(s.counts) / n : null }
  })
  const areas: { area: string; answers: number; score: number }[] = []
  for (const s of statements) {
    let a = areas.find((x) => x.area === s.area)
    if (!a) areas.push((a = { area: s.area, answers: 0, score: 0 }))
    a.answers += answers(s.counts)
    a.score += score(s.counts)
  }
  return { statements: rows, areas: areas.map((a) => ({ area: a.area, answers: a.answers, mean: a.answers ? a.score / a.answers : null })) }
}
