/**
 * Factories for units' tracks and leader programmes, shared by the tests, the demo seed
 * (prisma/seed/demo-tracks.ts) and the national seed (prisma/seed/national-tracks.ts). They write
 * rows directly: use them to set the scene, never to stand in for the use cases under test.
 */
import type { Prisma, Theme, UnitTrack } from '@/generated/prisma/client'

type Tx = Prisma.TransactionClient

export interface TTrackMove {
  track: UnitTrack
  reason: string
  changedAt: Date
  changedById?: string | null
}

/** The rows of a unit's moves in a partnership, oldest first (what the national seed bulk-inserts). */
export function trackChangeRows(target: { partnershipId: string; unitId: string }, moves: readonly TTrackMove[], id?: () => string) {
  return moves.map((m) => ({ ...(id ? { id: id() } : {}), partnershipId: target.partnershipId, unitId: target.unitId, track: m.track, reason: m.reason, changedAt: m.changedAt, changedById: m.changedById ?? null }))
}

/** A unit's track history in a partnership: each move a row, the last one its track now. */
export async function createTrackHistory(db: Tx, target: { partnershipId: string; unitId: string }, moves: readonly TTrackMove[]) {
  await db.unitTrackChange.createMany({ data: trackChangeRows(target, moves) })
}

/**
 * The usual path of a unit through the tracks (seeds 000 and 002): connected when it joins, then
 * established once its own work runs, sharing when others learn from it. `steps` says how far it
 * has come (1–3), `from` when it joined; each step a school year later than the one before.
 */
export function trackPath(steps: 1 | 2 | 3, from: Date, changedById: string | null = null): TTrackMove[] {
  const reasons: Record<UnitTrack, string> = {
    CONNECTING: 'Ny i arbeidet: kobles på nettverket og får følge av UH.',
    ESTABLISHED: 'Har fast tid til PLF og egen plan; arbeidet går av seg selv.',
    SHARING: 'Har erfaring som andre enheter kan bruke; deler i nettverket.',
  }
  return (['CONNECTING', 'ESTABLISHED', 'SHARING'] as const).slice(0, steps).map((track, i) => ({
    track,
    reason: reasons[track],
    changedAt: new Date(Date.UTC(from.getUTCFullYear() + i, from.getUTCMonth(), from.getUTCDate(), 10)),
    changedById,
  }))
}

/** A leader network's programme: a theme over a period, with its aim. */
export function createLeaderProgramme(db: Tx, data: { partnershipId: string; networkId: string; theme: Theme; startsOn: Date; endsOn: Date; aim: string }) {
  return db.leaderProgramme.create({ data })
}
