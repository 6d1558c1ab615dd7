import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { checkbox, isoDay, list, optional, osloLocalDateTime } from './form-schema'

describe('form schema pieces', () => {
  it('treats a blank field as absent and keeps a filled one', () => {
    const schema = z.object({ note: optional(z.string().trim().max(5)) })
    expect(schema.parse({ note: '  ' })).toEqual({ note: undefined })
    expect(schema.parse({ note: 'ja' })).toEqual({ note: 'ja' })
  })

  it('reads checkboxes and lists as the browser sends them', () => {
    expect(checkbox.parse('on')).toBe(true)
    expect(checkbox.parse(undefined)).toBe(false)
    expect(list(z.string()).parse('a')).toEqual(['a'])
    expect(list(z.string()).parse(['a', 'b'])).toEqual(['a', 'b'])
    expect(list(z.string()).parse(undefined)).toEqual([])
    expect(list(z.string(), 2).safeParse(['a', 'b', 'c']).success).toBe(false)
  })

  it('refuses days that do not exist instead of rolling them over', () => {
    expect(isoDay.safeParse('2026-02-28').success).toBe(true)
    expect(isoDay.safeParse('2028-02-29').success).toBe(true)
    for (const bad of ['2026-02-30', '2027-02-29', '0000-00-00', '2026-13-01', '2026-04-31', '1899-12-31', '26-01-01']) {
      expect(isoDay.safeParse(bad).success, bad).toBe(false)
    }
  })

  it('refuses impossible wall-clock times', () => {
    expect(osloLocalDateTime.safeParse('2026-12-03T23:59').success).toBe(true)
    for (const bad of ['2026-13-45T25:61', '2026-02-30T10:00', '2026-12-03T24:00', '2026-12-03T10:60', '0000-00-00T00:00', '2026-12-03 10:00']) {
      expect(osloLocalDateTime.safeParse(bad).success, bad).toBe(false)
    }
  })
})
