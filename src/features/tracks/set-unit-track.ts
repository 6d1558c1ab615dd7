import type { Actor } from '@/server/authz/actor'
import { trackPartnershipScope, unitTrackScope } from '@/server/authz/scopes'
import { lockRow } from '@/server/db/lock-row'
import type { Tx } from '@/server/db/tenant'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { ZSetUnitTrack, type TTracksResult } from './schemas'

/**
 * The unit and the partnership its track is set in, when the actor may set it: the unit in
 * unitTrackScope, and the first partnership (by name) where its owner takes part now and the
 * actor sets tracks, as a unit plan's partnership is found (ADR 018). Null otherwise.
 */
export async function trackTarget(tx: Tx, actor: Actor, unitId: string): Promise<{ unitId: string; partnershipId: string } | null> {
  const unit = await tx.unit.findFirst({ where: { AND: [{ id: unitId }, unitTrackScope(actor)] }, select: { id: true, ownerId: true } })
  if (!unit) return null
  const partnership = await tx.partnership.findFirst({
    where: { AND: [{ owners: { some: { ownerId: unit.ownerId, leftOn: null } } }, trackPartnershipScope(actor)] },
    orderBy: { name: 'asc' },
    select: { id: true },
  })
  return partnership ? { unitId: unit.id, partnershipId: partnership.id } : null
}

/**
 * Moves a unit to a track, with its reason: a new change row (never edited, a trigger) and its
 * audit row in one transaction. Moving a unit to the track it is on is refused, so the history
 * holds only real moves. Note: the unit's row is locked first, so two moves at once are in order
 * and the second sees the first.
 */
export const setUnitTrack = defineUseCase<typeof ZSetUnitTrack, TTracksResult>(
  { name: 'tracks.set-unit-track', permission: 'set:unit-track', input: ZSetUnitTrack, audit: 'unit.track.set', revalidate: () => ['/planer', '/planer/spredning'] },
  async ({ tx, actor, input: d, audit }): Promise<TTracksResult> => {
    const target = await trackTarget(tx, actor, d.unitId)
    if (!target) return { ok: false, error: 'notFound', fields: ['unitId'] }
    await lockRow(tx, 'Unit', target.unitId)
    const current = await tx.unitTrackChange.findFirst({
      where: { partnershipId: target.partnershipId, unitId: target.unitId },
      orderBy: [{ changedAt: 'desc' }, { id: 'desc' }],
      select: { track: true },
    })
    if (current?.track === d.track) return { ok: false, error: 'sameTrack', fields: ['track'] }
    const change = await tx.unitTrackChange.create({
      data: { partnershipId: target.partnershipId, unitId: target.unitId, track: d.track, reason: d.reason, changedById: actor.userId },
    })
    await audit({ entity: 'UnitTrackChange', entityId: change.id, partnershipId: target.partnershipId, data: { unitId: target.unitId, from: current?.track ?? null, to: d.track } })
    return { ok: true, done: 'trackSet', id: target.unitId }
  },
)
