import 'server-only'
import { can, type Actor } from '@/server/authz/actor'
import { trackReadScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import type { TTrack } from './options'
import { trackTarget } from './set-unit-track'

export interface TTrackChange {
  id: string
  track: TTrack
  reason: string
  changedAt: Date
  changedByName: string | null
}

export interface TUnitTrackPanel {
  unitId: string
  unitName: string
  current: TTrack | null
  /** Newest first: the latest row is the unit's track now. */
  history: TTrackChange[]
  canSet: boolean
}

/** The current track of each of these units the actor sees (units without one are left out). */
export async function currentTracks(tx: Tx, actor: Actor, unitIds: readonly string[]): Promise<Map<string, TTrack>> {
  if (unitIds.length === 0) return new Map()
  const rows = await tx.unitTrackChange.findMany({
    where: { AND: [{ unitId: { in: [...unitIds] } }, trackReadScope(actor)] },
    orderBy: [{ unitId: 'asc' }, { changedAt: 'desc' }, { id: 'desc' }],
    distinct: ['unitId'],
    select: { unitId: true, track: true },
  })
  return new Map(rows.map((r) => [r.unitId, r.track]))
}

/** A unit's track and its history, read in the actor's transaction; whether the actor may move it. */
async function trackPanel(tx: Tx, actor: Actor, unit: { id: string; name: string }): Promise<TUnitTrackPanel> {
  const rows = await tx.unitTrackChange.findMany({
    where: { AND: [{ unitId: unit.id }, trackReadScope(actor)] },
    orderBy: [{ changedAt: 'desc' }, { id: 'desc' }],
    take: 100,
    select: { id: true, track: true, reason: true, changedAt: true, changedById: true },
  })
  const authorIds = [...new Set(rows.map((r) => r.changedById).filter((id): id is string => !!id))]
  const [authors, target] = await Promise.all([
    authorIds.length ? tx.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } }) : [],
    can(actor, 'set:unit-track') ? trackTarget(tx, actor, unit.id) : null,
  ])
  return {
    unitId: unit.id,
    unitName: unit.name,
    current: rows[0]?.track ?? null,
    history: rows.map((r) => ({ id: r.id, track: r.track, reason: r.reason, changedAt: r.changedAt, changedByName: authors.find((a) => a.id === r.changedById)?.name ?? null })),
    canSet: target !== null,
  }
}

/**
 * The track panel of a unit the page has already found through its own scope (a unit plan's unit,
 * read through planReadScope): the changes themselves are read through trackReadScope again.
 */
export async function getUnitTrack(db: Db, actor: Actor, unit: { id: string; name: string }): Promise<TUnitTrackPanel | null> {
  return readByIds(db, actor, 'read:partnership', [unit.id], (tx) => trackPanel(tx, actor, unit))
}
