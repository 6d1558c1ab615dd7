import 'server-only'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { spreadPartnershipScope, trackReadScope, unitScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import type { TTrack } from './options'
import { latestPerUnit, spreadByYear, spreadYears, SPREAD_STAGES, SPREAD_TRACKS, type TSpreadRow, type TStage, type TUnitEvent } from './spread'

export interface TSpreadUnit {
  id: string
  name: string
  ownerName: string
  track: TTrack | null
  stage: TStage | null
}

export interface TPartnershipSpread {
  id: string
  name: string
  units: TSpreadUnit[]
  stages: TSpreadRow<TStage>[]
  tracks: TSpreadRow<TTrack>[]
}

/** The cap on units per partnership: the largest partnership in the national seed has fewer. */
const UNIT_CAP = 2000

const osloYear = (d: Date) => Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(d))

/** One partnership's units the actor sees, their reviews' stages and their track changes, as years. */
async function partnershipSpread(tx: Tx, actor: Actor, partnership: { id: string; name: string }, thisYear: number): Promise<TPartnershipSpread> {
  const units = await tx.unit.findMany({
    where: { AND: [unitScope(actor), { active: true, owner: { partnershipOwners: { some: { partnershipId: partnership.id, leftOn: null } } } }] },
    orderBy: { name: 'asc' },
    take: UNIT_CAP,
    select: { id: true, name: true, owner: { select: { name: true } } },
  })
  const unitIds = units.map((u) => u.id)
  const [reviews, changes] = await Promise.all([
    tx.planReview.findMany({
      where: { partnershipId: partnership.id, plan: { unitId: { in: unitIds } } },
      orderBy: [{ reviewedOn: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      select: { reviewedOn: true, stage: true, plan: { select: { unitId: true } } },
    }),
    tx.unitTrackChange.findMany({ where: { AND: [{ partnershipId: partnership.id, unitId: { in: unitIds } }, trackReadScope(actor)] }, select: { unitId: true, track: true, changedAt: true } }),
  ])
  // Note: a review's day is a calendar day (UTC midnight); its year is that day's, not Oslo's.
  // The reviews come in order (day, then when written), so their place in the list is their order.
  const stageEvents: TUnitEvent<TStage>[] = reviews.map((r, i) => ({ unitId: r.plan.unitId!, year: r.reviewedOn.getUTCFullYear(), at: i, value: r.stage }))
  const trackEvents: TUnitEvent<TTrack>[] = changes.map((c) => ({ unitId: c.unitId, year: osloYear(c.changedAt), at: c.changedAt.getTime(), value: c.track }))
  const years = spreadYears([...stageEvents, ...trackEvents], thisYear)
  const stageNow = latestPerUnit(stageEvents)
  const trackNow = latestPerUnit(trackEvents)
  return {
    ...partnership,
    units: units.map((u) => ({ id: u.id, name: u.name, ownerName: u.owner.name, track: trackNow.get(u.id) ?? null, stage: stageNow.get(u.id) ?? null })),
    stages: spreadByYear(SPREAD_STAGES, unitIds, stageEvents, years),
    tracks: spreadByYear(SPREAD_TRACKS, unitIds, trackEvents, years),
  }
}

/**
 * The spread of progress stages and of tracks between the units of each partnership the actor
 * reads it for, year by year (ADR 039): a unit's stage is that of its plans' newest review, any
 * level. An owner sees its own units only (unitScope); the forum and the county governor all.
 */
export async function getSpread(db: Db, actor: Actor, now = new Date()): Promise<TPartnershipSpread[]> {
  requirePermission(actor, 'read:spread')
  return withActorTenants(db, actor, async (tx) => {
    const partnerships = await tx.partnership.findMany({ where: spreadPartnershipScope(actor), orderBy: { name: 'asc' }, take: 20, select: { id: true, name: true } })
    const thisYear = osloYear(now)
    const spreads: TPartnershipSpread[] = []
    // One partnership after another: one transaction runs one statement at a time anyway.
    for (const p of partnerships) spreads.push(await partnershipSpread(tx, actor, p, thisYear))
    return spreads
  })
}
