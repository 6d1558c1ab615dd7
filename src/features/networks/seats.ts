import type { Actor } from '@/server/authz/actor'
import { gatheringJoinScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'
import { lockRow } from '@/server/db/lock-row'

/**
 * Locks the gathering's row for the rest of the transaction (ADR 019). Every registration and
 * cancellation takes this lock before it counts seats, so two people registering at once are
 * counted one after the other and the seat limit holds; the database trigger takes it too.
 */
export async function lockGathering(tx: Tx, gatheringId: string): Promise<{ seatLimit: number; startsAt: Date }> {
  const row = await lockRow<{ seatLimit: number; startsAt: Date }>(tx, 'Gathering', gatheringId, { columns: ['seatLimit', 'startsAt'] })
  if (!row) throw new Error('gathering vanished under the lock')
  return row
}

/** Seats taken: registrations with a seat (under the lock, this count is exact). */
export function seatsTaken(tx: Tx, gatheringId: string): Promise<number> {
  return tx.gatheringRegistration.count({ where: { gatheringId, status: 'REGISTERED' } })
}

/** The waiting list in order: first registered, first to move up (id breaks a tie in time). */
export const waitingOrder = [{ registeredAt: 'asc' as const }, { id: 'asc' as const }]

/**
 * The gathering the actor may register itself for (gatheringJoinScope), locked, and only while it
 * has not started: what registering and cancelling both begin with.
 */
export async function lockJoinableGathering(tx: Tx, actor: Actor, gatheringId: string) {
  const gathering = await tx.gathering.findFirst({
    where: { AND: [{ id: gatheringId }, gatheringJoinScope(actor)] },
    select: { id: true, partnershipId: true, networkId: true, title: true, place: true, network: { select: { name: true } } },
  })
  if (!gathering) return { ok: false, error: 'notFound' } as const
  const locked = await lockGathering(tx, gathering.id)
  if (locked.startsAt <= new Date()) return { ok: false, error: 'started' } as const
  return { ok: true, gathering: { ...gathering, ...locked } } as const
}
