import { describe, expect, it } from 'vitest'
import { formatOslo, osloDay, osloLocalToDate } from './oslo-time'

describe('Oslo wall-clock time', () => {
  it('reads winter and summer times with their own offsets', () => {
    expect(osloLocalToDate('2026-12-03T10:00').toISOString()).toBe('2026-12-03T09:00:00.000Z')
    expect(osloLocalToDate('2026-06-15T10:00').toISOString()).toBe('2026-06-15T08:00:00.000Z')
    // The day after the spring change (29 March 2026) and the day of the autumn change.
    expect(osloLocalToDate('2026-03-30T09:30').toISOString()).toBe('2026-03-30T07:30:00.000Z')
    expect(osloLocalToDate('2026-10-25T12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z')
  })

  it('gives the day in Oslo, also just after midnight there', () => {
    expect(osloDay(new Date('2026-12-02T23:30:00Z')).toISOString()).toBe('2026-12-03T00:00:00.000Z')
  })

  it('formats in Oslo time, bokmål forms for both Norwegian languages, British order in English', () => {
    const instant = new Date('2026-12-03T09:00:00Z')
    expect(formatOslo(instant, 'nn', { dateStyle: 'long', timeStyle: 'short' })).toBe(formatOslo(instant, 'nb', { dateStyle: 'long', timeStyle: 'short' }))
    expect(formatOslo(instant, 'nb', { dateStyle: 'long' })).toBe('3. desember 2026')
    expect(formatOslo(instant, 'en', { timeStyle: 'short' })).toBe('10:00')
  })
})
