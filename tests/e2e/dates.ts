/**
 * A time `days` from now, at `hour` o'clock in Oslo, as a datetime-local field takes it
 * (YYYY-MM-DDTHH:MM). Tests plan meetings relative to now: a fixed date turns from future to past
 * as the calendar moves, and whether a meeting is held decides whether it may decide (issue 19).
 */
export function osloLocalIn(days: number, hour = 10): string {
  const day = new Date(Date.now() + days * 24 * 60 * 60 * 1000)
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(day)
  return `${parts}T${String(hour).padStart(2, '0')}:00`
}
