import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { formBodyArb, garbageArb, nearArb, shapeOf } from './zod-arbitrary'

const blank = (v: unknown) => (v === '' ? undefined : v)
const schema = z.object({
  id: z.uuid(),
  title: z.string().trim().min(2).max(8),
  kind: z.enum(['SCHOOL', 'KINDERGARTEN']),
  year: z.coerce.number().int().min(2020).max(2030),
  share: z.coerce.number().positive().lt(5),
  note: z.string().max(3).optional(),
  tags: z.array(z.enum(['a', 'b'])).default([]),
  day: z.iso.date(),
  count: z.string().transform((s) => s.length).pipe(z.number()),
  grade: z.preprocess(blank, z.coerce.number().int().min(1).max(13).optional()),
  unitIds: z.preprocess((v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]), z.array(z.uuid()).max(5)),
  email: z.preprocess(blank, z.email().max(320).optional()),
  site: z.url({ protocol: /^https$/ }),
})

describe('zod-arbitrary', () => {
  it('generates near-valid values that each field of the schema accepts', () => {
    for (const [name, field] of Object.entries(schema.shape)) {
      fc.assert(fc.property(nearArb(field, { any: [], byField: {} }, name), (value) => {
        expect({ name, ok: field.safeParse(value).success }).toEqual({ name, ok: true })
      }), { numRuns: 50, seed: 22 })
    }
  })

  it('aims uuid fields at the ids it is given for their name', () => {
    const pool = { any: [], byField: { unitId: ['0b7c1c2e-1111-4a4a-8a8a-000000000001'] } }
    const seen = fc.sample(nearArb(z.uuid(), pool, 'unitId'), { numRuns: 200, seed: 1 })
    expect(seen).toContain('0b7c1c2e-1111-4a4a-8a8a-000000000001')
  })

  it('reads the field names through pipes and unions', () => {
    const piped = z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]).pipe(z.any())
    expect(Object.keys(shapeOf(piped)).sort()).toEqual(['a', 'b'])
  })

  it('makes garbage the schema mostly refuses, and bodies that pollute no prototype', () => {
    const refused = fc.sample(garbageArb(), { numRuns: 200, seed: 3 }).filter((g) => !z.uuid().safeParse(g).success)
    expect(refused.length).toBeGreaterThan(150)
    const bodies = fc.sample(formBodyArb(schema), { numRuns: 200, seed: 4 })
    expect(bodies.some((b) => Object.keys(b).some((k) => !(k in schema.shape)))).toBe(true)
    expect(bodies.some((b) => Array.isArray(b.title))).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
