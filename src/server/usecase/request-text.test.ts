import { describe, expect, it } from 'vitest'
import { paramsHoldNul, searchParamsWithoutNul } from './request-text'

describe('request text', () => {
  it('finds a NUL in any path parameter, a catch-all segment too', () => {
    expect(paramsHoldNul({ forumId: 'abc' })).toBe(false)
    expect(paramsHoldNul({ forumId: 'a\u0000bc' })).toBe(true)
    expect(paramsHoldNul({ slug: ['ok', 'x\u0000'] })).toBe(true)
    expect(paramsHoldNul({})).toBe(false)
    // A route handler without dynamic segments (/tiltak/enheter) is handed no params at all.
    expect(paramsHoldNul(undefined)).toBe(false)
  })

  it('drops NUL characters from search parameters, their names and every value of a repeated one', () => {
    expect(searchParamsWithoutNul({ q: '\u0000', side: '2', tema: ['a\u0000', 'b'], tom: undefined, 'x\u0000': 'y' })).toEqual({
      q: '',
      side: '2',
      tema: ['a', 'b'],
      tom: undefined,
      x: 'y',
    })
  })
})
