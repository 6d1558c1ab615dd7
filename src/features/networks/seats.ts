import type { Tx } from '@/server/db/tenant'

/**
 * Locks the gathering's row for the rest of the transaction (ADR 019). Every registration and
 * cancellation takes this lock before it counts seats, so two people registering at once are
 * counted one after the other and the seat limit holds; the database trigger takes it too.
 */
export async function lockGathering(tx: Tx, gatheringId: string): Promise<{ seatLimit: number; startsAt: Date }> {
  const [row] = await tx.$queryRaw<{ seatLimit: number; startsAt: Date }[]>`SELECT "seatLimit", "startsAt" FROM "Gathering" WHERE "id" = ${gatheringId}::uuid FOR UPDATE`
  if (!row) throw new Error('gathering vanished under the lock')
  return row
}

/** Seats taken: registrations with a seat (under the lock, this count is exact). */
export function seatsTaken(tx: Tx, gatheringId: string): Promise<number> {
  return tx.gatheringRegistration.count({ where: { gatheringId, status: 'REGISTERED' } })
}

/** The waiting list in order: first registered, first to move up (id breaks a tie in time). */
export const waitingOrder = [{ registeredAt: 'asc' as const }, { id: 'asc' as const }]
