import { describe, expect, it } from 'vitest'
import { seededRandom } from './survey-form'
import { planClasses } from './survey-plan'

describe('planning the wave’s classes', () => {
  const schools = Array.from({ length: 100 }, (_, i) => ({ id: `s${i}`, pupils: 100 + ((i * 37) % 400) }))

  it('gives exactly the total, to every school, in classes of 8.–10. trinn of at most 29 with unique names per school', () => {
    const plan = planClasses(schools, 20_000, seededRandom(1))
    expect(plan.reduce((a, c) => a + c.size, 0)).toBe(20_000)
    expect(new Set(plan.map((c) => c.unitId)).size).toBe(100)
    expect(plan.every((c) => c.size >= 1 && c.size <= 29 && c.grade >= 8 && c.grade <= 10)).toBe(true)
    expect(new Set(plan.map((c) => `${c.unitId} ${c.name}`)).size).toBe(plan.length)
    // Some classes are small enough to be suppressed, most are not.
    const small = plan.filter((c) => c.size < 7).length
    expect(small).toBeGreaterThan(0)
    expect(small).toBeLessThan(plan.length / 4)
  })

  it('shares by pupil count, and refuses fewer pupils than schools', () => {
    const plan = planClasses([{ id: 'big', pupils: 300 }, { id: 'small', pupils: 100 }], 400, seededRandom(2))
    const of = (id: string) => plan.filter((c) => c.unitId === id).reduce((a, c) => a + c.size, 0)
    expect(of('big')).toBe(300)
    expect(of('small')).toBe(100)
    expect(() => planClasses(schools, 99, seededRandom(3))).toThrow(/cannot share/)
  })
})
