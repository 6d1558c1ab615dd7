/** Norway's time zone: meetings are planned and shown in it, whatever the server's zone. */
export const OSLO = 'Europe/Oslo'

/** Minutes east of UTC in Oslo at the instant `ms` (60 in winter, 120 in summer). */
function osloOffsetMinutes(ms: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: OSLO, timeZoneName: 'shortOffset' }).formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name)
  if (!match) return 0
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0))
}

/**
 * A wall-clock time in Oslo as typed in `<input type="datetime-local">` («2026-12-03T10:00») to
 * the instant it means. The offset is taken twice, so times near a daylight-saving change land on
 * the offset in force at that time.
 */
export function osloLocalToDate(local: string): Date {
  const [date, time] = local.split('T') as [string, string]
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  const asUtc = Date.UTC(y, m - 1, d, hh, mm)
  const first = asUtc - osloOffsetMinutes(asUtc) * 60_000
  return new Date(asUtc - osloOffsetMinutes(first) * 60_000)
}

/** The calendar day in Oslo of an instant, as a date at UTC midnight (how `@db.Date` columns hold days). */
export function osloDay(instant: Date): Date {
  return new Date(instant.toLocaleDateString('sv-SE', { timeZone: OSLO }))
}

/**
 * An instant as people in Norway read it, for text made outside a page (email, PDF), where
 * next-intl's request formatter is not at hand. English gets British order («3 December 2026»),
 * both written Norwegian languages the bokmål forms.
 */
export function formatOslo(instant: Date, locale: string | null | undefined, options: Pick<Intl.DateTimeFormatOptions, 'dateStyle' | 'timeStyle'>): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { ...options, timeZone: OSLO }).format(instant)
}
