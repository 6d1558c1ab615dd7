import { describe, expect, it } from 'vitest'
import { assessmentResults } from './results'

const s = (id: string, area: string, small: number, some: number, large: number, veryLarge: number) => ({ id, position: Number(id), area, text: `Påstand ${id}`, counts: { small, some, large, veryLarge } })

describe('assessmentResults', () => {
  it('gives each statement its mean on 1–4 and each area the mean over all its answers', () => {
    const r = assessmentResults([s('1', 'Ledelse', 1, 1, 1, 1), s('2', 'Læringsmiljø', 0, 0, 0, 3), s('3', 'Ledelse', 0, 0, 0, 0), s('4', 'Ledelse', 0, 2, 0, 0)])
    expect(r.statements.map((x) => x.mean)).toEqual([2.5, 4, null, 2])
    expect(r.statements.map((x) => x.answers)).toEqual([4, 3, 0, 2])
    // Ledelse: (1+2+3+4 + 2+2) / 6, weighted by answers, not the mean of 2.5 and 2.
    expect(r.areas).toEqual([
      { area: 'Ledelse', answers: 6, mean: 14 / 6 },
      { area: 'Læringsmiljø', answers: 3, mean: 4 },
    ])
  })

  it('has no mean where nobody answered', () => {
    expect(assessmentResults([s('1', 'Vurdering', 0, 0, 0, 0)]).areas).toEqual([{ area: 'Vurdering', answers: 0, mean: null }])
  })
})
