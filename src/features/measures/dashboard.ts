import 'server-only'
import type { MeasureLevel, MeasureStatus, ProgressStage } from '@/generated/prisma/enums'
import { can, type Actor } from '@/server/authz/actor'
import { ledUnits, measureReadScope, planReadScope, universityServeScope, visitReadScope } from '@/server/authz/scopes'
import { visibleTenantIds, withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { osloDay } from '@/lib/oslo-time'
import type { TOverviewCell } from './overview'
import { countThemeGoalOverview } from './overview-count'
import { DASHBOARD_ROWS } from '@/features/dashboard/list-length'

export interface TMeasuresDashboard {
  /** Unit plans of the actor's own units (its leader or staff) or its units (owner), with the latest stage per level. */
  plans: { id: string; title: string; unitName: string; latest: { level: MeasureLevel; stage: ProgressStage; reviewedOn: Date }[] }[]
  /** Measures the actor's units take part in, or (UH) that its university serves. */
  measures: { id: string; title: string; status: MeasureStatus; unitCount: number }[]
  /** Units served through those measures (UH only). */
  servedUnits: number | null
  /** Latest visits the actor reads; for a UH partner, those of this term. */
  visits: { id: string; unitName: string; visitedOn: Date; kind: 'VISIT' | 'SUPERVISION' }[]
  /** The county governor's and forum's view: measures by theme and sector goal. */
  overview: TOverviewCell[] | null
}

/** The first day of the current term in Oslo: 1 August in the autumn, 1 January in the spring. */
export function termStart(now = new Date()): Date {
  const day = osloDay(now)
  const year = day.getUTCFullYear()
  return day.getUTCMonth() >= 7 ? new Date(Date.UTC(year, 7, 1)) : new Date(Date.UTC(year, 0, 1))
}

/**
 * The measures piece of the dashboard, by what the actor is: a unit's leader or an owner sees its
 * units' plans, measures and visits; a UH partner the measures and units it serves and this term's
 * visits; everyone else who reads partnerships (county governor, forum) the overview by theme.
 * Null when there is nothing of this area for the actor.
 */
export async function getMeasuresDashboard(db: Db, actor: Actor): Promise<TMeasuresDashboard | null> {
  if (!can(actor, 'read:partnership')) return null
  // The unit's leader and its staff alike see their own unit's plans and measures.
  const unitIds = ledUnits(actor.memberships)
  const ownerIds = actor.memberships.flatMap((m) => (m.organisationId && m.role === 'SCHOOL_OWNER' ? [m.organisationId] : []))
  const serves = can(actor, 'serve:units') && !actor.memberships.some((m) => m.role === 'PLATFORM_ADMIN')
  const focus = unitIds.length > 0 || ownerIds.length > 0
  const mine = { OR: [{ id: { in: unitIds } }, { ownerId: { in: ownerIds } }] }

  // The measures this actor reads are those of its partnerships (measureReadScope): the request's
  // tenants, found once per request.
  const overviewOf = focus || serves ? null : await visibleTenantIds(db, actor)

  const current = { status: { in: ['PLANNED' as const, 'ACTIVE' as const] } }
  const served = { university: universityServeScope(actor) }

  return withActorTenants(db, actor, async (tx) => {
    const [plans, measures, visits, overview, servedUnits] = await Promise.all([
      focus
        ? tx.developmentPlan.findMany({
            where: { AND: [planReadScope(actor), { unit: mine }] },
            orderBy: [{ unit: { name: 'asc' } }, { startsOn: 'desc' }],
            take: DASHBOARD_ROWS,
            select: { id: true, title: true, unit: { select: { name: true } }, reviews: { orderBy: [{ reviewedOn: 'desc' }, { createdAt: 'desc' }], select: { level: true, stage: true, reviewedOn: true } } },
          })
        : [],
      focus || serves
        ? tx.measure.findMany({
            where: { AND: [measureReadScope(actor), focus ? { units: { some: { unit: mine } } } : served, current] },
            orderBy: { title: 'asc' },
            take: DASHBOARD_ROWS,
            select: { id: true, title: true, status: true, units: { select: { unitId: true } } },
          })
        : [],
      can(actor, 'read:visits')
        ? tx.uhVisit.findMany({
            where: { AND: [visitReadScope(actor), serves ? { visitedOn: { gte: termStart() } } : {}] },
            orderBy: [{ visitedOn: 'desc' }, { createdAt: 'desc' }],
            take: serves ? DASHBOARD_ROWS : 5,
            select: { id: true, visitedOn: true, kind: true, unit: { select: { name: true } } },
          })
        : [],
      overviewOf ? countThemeGoalOverview(tx, overviewOf) : null,
      // Every unit of every measure it serves, not only of the ten measures listed.
      serves ? tx.unit.count({ where: { measureUnits: { some: { measure: { AND: [measureReadScope(actor), served, current] } } } } }) : null,
    ])
    const result: TMeasuresDashboard = {
      plans: plans.map((p) => ({
        id: p.id,
        title: p.title,
        unitName: p.unit?.name ?? '',
        // Reviews come newest first, so the first of each level is its latest.
        latest: p.reviews.filter((r, i, all) => all.findIndex((x) => x.level === r.level) === i),
      })),
      measures: measures.map((m) => ({ id: m.id, title: m.title, status: m.status, unitCount: m.units.length })),
      servedUnits,
      visits: visits.map((v) => ({ id: v.id, unitName: v.unit.name, visitedOn: v.visitedOn, kind: v.kind })),
      overview,
    }
    const empty = !result.plans.length && !result.measures.length && !result.visits.length && !result.overview?.length
    return empty ? null : result
  })
}
