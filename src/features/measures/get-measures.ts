import 'server-only'
import type { MeasureLevel, MeasureStatus, SectorGoal, Theme } from '@/generated/prisma/enums'
import { can, requirePermission, type Actor } from '@/server/authz/actor'
import { measureReadScope, partnershipScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { measureFormOptions } from './measure-form-options'
import { themeGoalOverview } from './overview'
import type { TMeasureFilters } from './schemas'
import { pageWindow, type TPaging } from '@/lib/paging'

export interface TMeasureRow {
  id: string
  title: string
  partnershipName: string
  themes: Theme[]
  sectorGoals: SectorGoal[]
  level: MeasureLevel
  status: MeasureStatus
  year: number | null
  universityName: string | null
  unitCount: number
}

/** The filters of /tiltak as a where clause on top of measureReadScope. */
function filtered(actor: Actor, filters: TMeasureFilters) {
  return {
    AND: [
      measureReadScope(actor),
      filters.theme ? { themes: { has: filters.theme } } : {},
      filters.level ? { level: filters.level } : {},
      filters.status ? { status: filters.status } : {},
      filters.year ? { grantYear: { year: filters.year } } : {},
    ],
  }
}

/** A country has about 2,000 measures, a large region a few hundred: the list shows 25 at a time (issue 14). */
export const MEASURES_PER_PAGE = 25

/**
 * One page of the measures the actor reads, filtered, and how many match; the theme × sector goal
 * overview over all of them (counted from their themes, goals and unit ids only, never rendered
 * row by row); the years to filter by; and the forms the actor may use.
 */
export async function getMeasures(db: Db, actor: Actor, filters: TMeasureFilters, paging: TPaging = { page: 1, pageSize: MEASURES_PER_PAGE }) {
  requirePermission(actor, 'read:partnership')
  return withActorTenants(db, actor, async (tx) => {
    const where = filtered(actor, filters)
    // All that match, lean: the overview and the count of the list come from these rows.
    const counted = await tx.measure.findMany({ where, take: 10_000, select: { themes: true, sectorGoals: true, units: { select: { unitId: true } } } })
    const rows = await tx.measure.findMany({
      where,
      orderBy: [{ grantYear: { year: 'desc' } }, { priority: 'asc' }, { title: 'asc' }, { id: 'asc' }],
      ...pageWindow(paging),
      select: {
        id: true,
        title: true,
        themes: true,
        sectorGoals: true,
        level: true,
        status: true,
        partnership: { select: { name: true } },
        grantYear: { select: { year: true } },
        university: { select: { name: true } },
        _count: { select: { units: true } },
      },
    })
    const years = await tx.grantYear.findMany({ where: { partnership: partnershipScope(actor), measures: { some: {} } }, distinct: ['year'], orderBy: { year: 'desc' }, select: { year: true } })
    const measures: TMeasureRow[] = rows.map((m) => ({
      id: m.id,
      title: m.title,
      partnershipName: m.partnership.name,
      themes: m.themes,
      sectorGoals: m.sectorGoals,
      level: m.level,
      status: m.status,
      year: m.grantYear?.year ?? null,
      universityName: m.university?.name ?? null,
      unitCount: m._count.units,
    }))
    const forms = can(actor, 'manage:development') ? await measureFormOptions(tx, actor) : []
    return { measures, total: counted.length, overview: themeGoalOverview(counted), years: years.map((y) => y.year), forms }
  })
}
