import { describe, expect, it } from 'vitest'
import { schoolYearEnd, schoolYearOf } from './school-year'

describe('school years', () => {
  it('turn on 1 August in Oslo, not in UTC', () => {
    expect(schoolYearOf(new Date('2026-07-31T21:59:00Z'))).toBe(2025) // 23:59 on 31 July in Oslo
    expect(schoolYearOf(new Date('2026-07-31T22:00:00Z'))).toBe(2026) // midnight, 1 August in Oslo
    expect(schoolYearOf(new Date('2027-01-15T12:00:00Z'))).toBe(2026)
  })

  it('end in the next year, written with two digits', () => {
    expect([2026, 2099, 2008].map(schoolYearEnd)).toEqual(['27', '00', '09'])
  })
})
