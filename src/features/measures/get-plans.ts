import 'server-only'
import { can, requirePermission, type Actor } from '@/server/authz/actor'
import { developmentManageScope, partnershipScope, planReadScope, unitPlanScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import type { TTrack } from '@/features/tracks/options'
import { currentTracks } from '@/features/tracks/queries'

/** Whose plan it is and its period: what the list and the plan's page both show. */
export interface TPlanHead {
  id: string
  title: string
  partnershipName: string
  unitId: string | null
  unitName: string | null
  startsOn: Date
  endsOn: Date | null
}

export interface TPlanRow extends TPlanHead {
  /** A unit plan's unit's track now (ADR 039), null without one or for a partnership's plan. */
  track: TTrack | null
  levelsWritten: number
  lastReviewedOn: Date | null
}

export interface TPlanTarget {
  value: string
  label: string
  kind: 'unit' | 'partnership'
}

/** What a plan's list row and its page both show of it: title, period, partnership and unit. */
export const planHeadSelect = { id: true, title: true, startsOn: true, endsOn: true, partnership: { select: { name: true } }, unit: { select: { id: true, name: true } } } as const

/** The head of a plan, as selected by planHeadSelect. */
export function planHead(p: { id: string; title: string; startsOn: Date; endsOn: Date | null; partnership: { name: string }; unit: { id: string; name: string } | null }): TPlanHead {
  return { id: p.id, title: p.title, partnershipName: p.partnership.name, unitId: p.unit?.id ?? null, unitName: p.unit?.name ?? null, startsOn: p.startsOn, endsOn: p.endsOn }
}

/** Where the actor may start a plan: its partnerships (secretariat), then its own units or its owner's units in a partnership it reads. */
async function planTargets(tx: Tx, actor: Actor): Promise<TPlanTarget[]> {
  if (!can(actor, 'write:plan')) return []
  const [units, partnerships] = await Promise.all([
    can(actor, 'write:plan')
      ? tx.unit.findMany({
          where: { AND: [unitPlanScope(actor), { owner: { partnershipOwners: { some: { leftOn: null, partnership: partnershipScope(actor) } } } }] },
          orderBy: { name: 'asc' },
          take: 200,
          select: { id: true, name: true },
        })
      : [],
    can(actor, 'manage:development') ? tx.partnership.findMany({ where: developmentManageScope(actor), orderBy: { name: 'asc' }, select: { id: true, name: true } }) : [],
  ])
  return [
    ...partnerships.map((p) => ({ value: `partnership:${p.id}`, label: p.name, kind: 'partnership' as const })),
    ...units.map((u) => ({ value: `unit:${u.id}`, label: u.name, kind: 'unit' as const })),
  ]
}

/** Plans the actor reads, and where it may start a new one (its own unit, its partnership). */
export async function getPlans(db: Db, actor: Actor): Promise<{ plans: TPlanRow[]; targets: TPlanTarget[] }> {
  requirePermission(actor, 'read:partnership')
  return withActorTenants(db, actor, async (tx) => {
    const plans = await tx.developmentPlan.findMany({
      where: planReadScope(actor),
      orderBy: [{ unitId: { sort: 'asc', nulls: 'first' } }, { startsOn: 'desc' }],
      take: 300,
      select: {
        ...planHeadSelect,
        _count: { select: { levels: true } },
        reviews: { orderBy: { reviewedOn: 'desc' }, take: 1, select: { reviewedOn: true } },
      },
    })
    const tracks = await currentTracks(tx, actor, [...new Set(plans.flatMap((p) => (p.unit ? [p.unit.id] : [])))])
    const rows: TPlanRow[] = plans.map((p) => ({
      ...planHead(p),
      track: p.unit ? (tracks.get(p.unit.id) ?? null) : null,
      levelsWritten: p._count.levels,
      lastReviewedOn: p.reviews[0]?.reviewedOn ?? null,
    }))
    return { plans: rows, targets: await planTargets(tx, actor) }
  })
}
