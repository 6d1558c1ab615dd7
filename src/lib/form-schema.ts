import { z } from 'zod'
import { isBlank } from './field-problems'

/**
 * The zod pieces every area's form schemas share. Forms send '' for an empty field and nothing
 * for an unticked checkbox; a single ticked box arrives as a string, several as an array.
 */

/** An empty or blank text field is absent. */
export const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

/** A field that may be left empty. */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional())

/** A checkbox: ticked sends 'on' (or 'true' from code). */
export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean())

/** Several values of one name (ticked boxes, a multiple select): none, one or many, at most `max`. */
export const list = <T extends z.ZodType>(item: T, max = 500) =>
  z.preprocess((v: unknown): unknown[] => (v === undefined || v === '' ? [] : Array.isArray(v) ? (v as unknown[]) : [v]), z.array(item).max(max))

/** Calendar years the product deals in: the scheme began in 2017; nothing is planned past 2100. */
export const MIN_YEAR = 2000
export const MAX_YEAR = 2100

/** Whether year, month and day name a day that exists (no 30 February, no month 13). */
export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

// Note: zod runs a refinement even after a regex check failed, so each check matches for itself.
// Each names its message in FieldErrors (messages/*.json) and the years it takes, for src/lib/field-problems.ts.
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/** A calendar day as a date field sends it (YYYY-MM-DD), refused unless it exists and lies in MIN_YEAR–MAX_YEAR. */
export const isoDay = z
  .string()
  .trim()
  .refine((text) => {
    const [, year, month, day] = (DAY.exec(text) ?? []).map(Number)
    return year !== undefined && year >= MIN_YEAR && year <= MAX_YEAR && isRealDay(year, month!, day!)
  }, { error: (issue) => (isBlank(issue.input) ? 'required' : 'day'), params: { minimum: MIN_YEAR, maximum: MAX_YEAR } })

/**
 * A day something happened (a plan review, a visit), as a date field sends it: refused unless it
 * exists and lies in MIN_YEAR or later. No upper year: a day after today is the use case's to
 * answer, with its own message (`futureDate`).
 */
export const pastIsoDay = z
  .string()
  .trim()
  .refine((text) => {
    const [, year, month, day] = (DAY.exec(text) ?? []).map(Number)
    return year !== undefined && year >= MIN_YEAR && isRealDay(year, month!, day!)
  }, { error: (issue) => (isBlank(issue.input) ? 'required' : 'pastDay'), params: { minimum: MIN_YEAR } })

/**
 * A wall-clock time in Oslo as a datetime-local field sends it (YYYY-MM-DDTHH:MM), refused unless
 * the day exists, the hour is 00–23 and the minute 00–59 (a date is never rolled over to another).
 */
export const osloLocalDateTime = z
  .string()
  .trim()
  .refine((text) => {
    const [, year, month, day, hour, minute] = (LOCAL.exec(text) ?? []).map(Number)
    return year !== undefined && year >= MIN_YEAR && year <= MAX_YEAR && isRealDay(year, month!, day!) && hour! <= 23 && minute! <= 59
  }, { error: (issue) => (isBlank(issue.input) ? 'required' : 'dateTime'), params: { minimum: MIN_YEAR, maximum: MAX_YEAR } })
