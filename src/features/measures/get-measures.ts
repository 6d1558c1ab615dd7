import 'server-only'
import type { MeasureLevel, MeasureStatus, SectorGoal, Theme } from '@/generated/prisma/enums'
import { can, requirePermission, type Actor } from '@/server/authz/actor'
import { measureReadScope, partnershipScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { measureFormOptions } from './measure-form-options'
import { themeGoalOverview } from './overview'
import type { TMeasureFilters } from './schemas'

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

/** The measures the actor reads, filtered; the overview of the same rows; the years to filter by; and the forms the actor may use. */
export async function getMeasures(db: Db, actor: Actor, filters: TMeasureFilters) {
  requirePermission(actor, 'read:partnership')
  return withActorTenants(db, actor, async (tx) => {
    const rows = await tx.measure.findMany({
      where: filtered(actor, filters),
      orderBy: [{ grantYear: { year: 'desc' } }, { priority: 'asc' }, { title: 'asc' }],
      take: 500,
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
        units: { select: { unitId: true } },
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
      unitCount: m.units.length,
    }))
    const forms = can(actor, 'manage:development') ? await measureFormOptions(tx, actor) : []
    return { measures, overview: themeGoalOverview(rows), years: years.map((y) => y.year), forms }
  })
}
