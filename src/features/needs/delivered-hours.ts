import type { Tx } from '@/server/db/tenant'

/**
 * Hours delivered per order: the visits logged against it.
 *
 * Note: only the sum of durations leaves here, for orders the actor already reads; visit notes
 * stay behind visitReadScope (the forum reads orders but not the notes written for a unit).
 */
export async function deliveredHours(tx: Tx, orderIds: string[]): Promise<Map<string, number>> {
  if (orderIds.length === 0) return new Map()
  const sums = await tx.uhVisit.groupBy({ by: ['orderId'], where: { orderId: { in: orderIds } }, _sum: { durationMinutes: true } })
  return new Map(sums.map((s) => [s.orderId!, toHours(s._sum.durationMinutes ?? 0)]))
}

/** Minutes as hours to one decimal, as orders show them. */
const toHours = (minutes: number) => Math.round((minutes / 60) * 10) / 10

/**
 * The same sum for a few orders read anyway (the dashboard's twenty): their visits' durations come
 * with the order in its own statement, and only the hours leave (see the note above).
 */
export const visitMinutesSelect = { visits: { select: { durationMinutes: true } } } as const

export function hoursOf(visits: { durationMinutes: number | null }[]): number {
  return toHours(visits.reduce((sum, v) => sum + (v.durationMinutes ?? 0), 0))
}
