import { describe, expect, it, vi } from 'vitest'
import type { z } from 'zod'
import nb from '../../../messages/nb.json'
import nn from '../../../messages/nn.json'
import en from '../../../messages/en.json'
import { fieldErrorMap, issueProblem, UNKNOWN_PROBLEM } from '@/lib/field-problems'
import { actionFiles } from '@/server/authz/matrix/surface'
import { errorSummaryHeading, fieldErrors } from './field-errors'

// Importing every action module for real needs what only a request has.
vi.mock('@/server/auth', async () => (await import('~tests/setup/adapter-mocks')).auth)
vi.mock('@/server/db', async () => (await import('~tests/setup/adapter-mocks')).db)
vi.mock('next/cache', async () => (await import('~tests/setup/adapter-mocks')).cache)
vi.mock('@/server/email', async () => (await import('~tests/setup/adapter-mocks')).email)
vi.mock('next-intl/server', async () => (await import('~tests/setup/adapter-mocks')).intl)

type TDef = { type: string; in?: TSchema; out?: TSchema; innerType?: TSchema; shape?: Record<string, TSchema>; options?: TSchema[]; values?: unknown[] }
type TSchema = z.ZodType & { _zod: { def: TDef } }
type TVariant = { fields: string[]; base: Record<string, unknown> }

/**
 * The forms an action's input takes: the object inside preprocess, pipe and default wrappers, or
 * each object of a union, with its literal fields (a discriminator) set so the other fields are read.
 */
function variantsOf(schema: TSchema): TVariant[] {
  const def = schema._zod.def
  if (def.shape) {
    const base = Object.fromEntries(Object.entries(def.shape).flatMap(([k, s]) => (s._zod.def.type === 'literal' ? [[k, s._zod.def.values?.[0]]] : [])))
    return [{ fields: Object.keys(def.shape), base }]
  }
  if (def.options) return def.options.flatMap(variantsOf)
  for (const inner of [def.out, def.in, def.innerType]) {
    const variants = inner ? variantsOf(inner) : []
    if (variants.length > 0) return variants
  }
  return []
}

/** Values a person (or a stale page, or a tampered form) can send: missing, blank, too long, not a number, out of range, a day that does not exist… */
const long = 'x'.repeat(100_001)
const badValues: unknown[] = [
  undefined,
  '',
  '   ',
  'x',
  'sak fire',
  long,
  'abc',
  '1.5',
  '-99999999999',
  '99999999999',
  '0',
  '150',
  'http://example.no',
  'navn@',
  '2027-02-30',
  '1999-12-31',
  '2027-02-30T25:61',
  '2027-13-01T10:00',
  '2026/1',
  '97476067',
  ['x'],
  Array.from({ length: 10_001 }, () => 'x'),
  { x: 'y' },
]

async function actionSchemas(): Promise<[string, TSchema][]> {
  const found: [string, TSchema][] = []
  for (const file of actionFiles) {
    const exported = (await import(/* @vite-ignore */ file)) as Record<string, { useCase?: { declaration: { name: string; input: TSchema } } }>
    for (const value of Object.values(exported)) {
      const declaration = value?.useCase?.declaration
      if (declaration) found.push([declaration.name, declaration.input])
    }
  }
  return found
}

describe('field errors', () => {
  it('every rule of every action says what is wrong, with a text in all three languages', async () => {
    const schemas = await actionSchemas()
    expect(schemas.length).toBeGreaterThan(60)
    const unknown = new Set<string>()
    const missingText = new Set<string>()
    const seen = new Set<string>()
    for (const [name, schema] of schemas) {
      const inputs = [{}, ...variantsOf(schema).flatMap(({ fields, base }) => [base, ...fields.flatMap((field) => badValues.map((value) => ({ ...base, [field]: value })))])]
      for (const input of inputs) {
        const parsed = schema.safeParse(input, { error: fieldErrorMap })
        for (const issue of parsed.error?.issues ?? []) {
          const { key } = issueProblem(issue)
          seen.add(key)
          const where = `${name} ${issue.path.join('.')} (${issue.code}${'format' in issue ? ` ${issue.format}` : ''}: ${issue.message})`
          if (key === UNKNOWN_PROBLEM) unknown.add(where)
          else if (![nb, nn, en].every((m) => key in m.FieldErrors)) missingText.add(`${where} → FieldErrors.${key}`)
        }
      }
    }
    expect([...unknown], 'issues that map to no problem').toEqual([])
    expect([...missingText], 'problems without a text').toEqual([])
    // The sample reaches the rules named in issue 21.
    for (const key of ['required', 'tooLong', 'range', 'email', 'url', 'day', 'choose']) expect(seen).toContain(key)
  })

  it('gives the limit, the range and the example in the person’s language', async () => {
    const texts = await fieldErrors({
      title: { key: 'tooLong', values: { maximum: 200 } },
      year: { key: 'range', values: { minimum: 2017, maximum: 2100 } },
      hours: { key: 'range', values: { minimum: 1, maximum: 100_000 } },
      email: { key: 'email' },
      area: { key: 'anAreaRuleWithoutText' },
    })
    expect(texts).toEqual({
      title: 'Skriv høyst 200 tegn. Gjør teksten kortere.',
      year: 'Skriv et tall fra og med 2017 til og med 2100.',
      hours: 'Skriv et tall fra og med 1 til og med 100\u00a0000.',
      email: 'Skriv en e-postadresse, for eksempel navn@kommune.no.',
    })
  })

  it('heads the error summary with how many fields to put right', async () => {
    expect(await errorSummaryHeading(1)).toBe('For å gå videre må du rette opp denne feilen:')
    expect(await errorSummaryHeading(3)).toBe('For å gå videre må du rette opp disse 3 feilene:')
  })

  it('says only the fields the refusal names', async () => {
    expect(await fieldErrors({ a: { key: 'required' }, b: { key: 'required' } }, ['b'])).toEqual({ b: 'Fyll ut feltet.' })
  })
})

describe('the message files', () => {
  it('have no generic error text left', () => {
    const generic = /sjekk feltet|check (the|this) field|verdien er ikk(e|je) gyldig|the value is not valid/i
    const found: string[] = []
    const walk = (value: unknown, where: string) => {
      if (typeof value === 'string') {
        if (generic.test(value)) found.push(`${where}: ${value}`)
      } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`)
    }
    walk(nb, 'nb')
    walk(nn, 'nn')
    walk(en, 'en')
    expect(found).toEqual([])
  })
})
