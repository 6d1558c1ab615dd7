import { osloDay } from './oslo-time'

/**
 * The school year an instant falls in, named by the calendar year it starts in (2026 = 2026/27):
 * from 1 August in Oslo, the one starting that year.
 */
export function schoolYearOf(instant = new Date()): number {
  const day = osloDay(instant)
  return day.getUTCMonth() >= 7 ? day.getUTCFullYear() : day.getUTCFullYear() - 1
}

/** The two last digits of the year a school year ends in, for labels such as «2026/27». */
export function schoolYearEnd(year: number): string {
  return String((year + 1) % 100).padStart(2, '0')
}
