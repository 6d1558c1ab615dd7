import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { fieldErrorMap, fieldProblems, UNKNOWN_PROBLEM } from './field-problems'
import { isoDay, list, optional, osloLocalDateTime } from './form-schema'

const ZForm = z.object({
  title: z.string().trim().min(3).max(200),
  year: z.coerce.number().int().min(2017).max(2100),
  seats: z.coerce.number().int().min(1),
  share: optional(z.coerce.number().max(100)),
  email: z.email(),
  link: z.url({ protocol: /^https$/ }),
  kind: z.enum(['SKOLE', 'BARNEHAGE']),
  themes: list(z.enum(['READING'])).pipe(z.array(z.enum(['READING'])).min(1)),
  day: isoDay,
  startsAt: osloLocalDateTime,
  id: z.uuid(),
  code: z.string().regex(/^\d{4}$/),
})

const problems = (input: Record<string, unknown>) => {
  const parsed = ZForm.safeParse(input, { error: fieldErrorMap })
  return parsed.success ? {} : fieldProblems(parsed.error)
}

describe('field problems', () => {
  it('say what each rule wants, with its limit, range or example', () => {
    const found = problems({
      title: 'x'.repeat(201),
      year: '1999',
      seats: '0',
      share: '150',
      email: 'navn@',
      link: 'http://udir.no',
      kind: 'SKULE',
      themes: [],
      day: '2027-02-30',
      startsAt: '2027-03-10T24:30',
      id: 'sak fire',
      code: '12',
    })
    expect(found).toEqual({
      title: { key: 'tooLong', values: { maximum: 200 } },
      year: { key: 'range', values: { minimum: 2017, maximum: 2100 } },
      seats: { key: 'atLeast', values: { minimum: 1 } },
      share: { key: 'atMost', values: { maximum: 100 } },
      email: { key: 'email' },
      link: { key: 'url' },
      kind: { key: 'choose' },
      themes: { key: 'chooseOne' },
      day: { key: 'day', values: { minimum: 2000, maximum: 2100 } },
      startsAt: { key: 'dateTime', values: { minimum: 2000, maximum: 2100 } },
      id: { key: 'choose' },
      // A pattern without a message of its own says nothing useful: field-errors.test.ts refuses it in any action.
      code: { key: UNKNOWN_PROBLEM },
    })
  })

  it('call an empty or blank field required, whatever its minimum', () => {
    const found = problems({ title: '   ', email: '', kind: '', year: '', day: '' })
    expect(found.title).toEqual({ key: 'required' })
    expect(found.email).toEqual({ key: 'required' })
    expect(found.day).toMatchObject({ key: 'required' })
    expect(found.kind).toEqual({ key: 'choose' })
    // Note: z.coerce.number() reads '' as 0, so an empty number field is told its range.
    expect(found.year).toEqual({ key: 'range', values: { minimum: 2017, maximum: 2100 } })
  })

  it('read a rule’s own message as its key, with its params as values', () => {
    const ZPeriod = z
      .object({ startsOn: isoDay, endsOn: isoDay })
      .refine((d) => d.endsOn >= d.startsOn, { path: ['endsOn'], message: 'periodOrder' })
    const parsed = ZPeriod.safeParse({ startsOn: '2027-03-10', endsOn: '2027-03-01' }, { error: fieldErrorMap })
    expect(parsed.success ? null : fieldProblems(parsed.error)).toEqual({ endsOn: { key: 'periodOrder' } })
    const wholeNumber = z.object({ n: z.coerce.number().int() }).safeParse({ n: '2.5' }, { error: fieldErrorMap })
    expect(wholeNumber.success ? null : fieldProblems(wholeNumber.error)).toEqual({ n: { key: 'wholeNumber' } })
    const notNumber = z.object({ n: z.coerce.number() }).safeParse({ n: 'tre' }, { error: fieldErrorMap })
    expect(notNumber.success ? null : fieldProblems(notNumber.error)).toEqual({ n: { key: 'number' } })
  })
})
