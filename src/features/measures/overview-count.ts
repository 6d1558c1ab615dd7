import 'server-only'
import type { SectorGoal, Theme } from '@/generated/prisma/enums'
import type { Tx } from '@/server/db/tenant'
import { SECTOR_GOALS, THEMES } from './options'
import type { TOverviewCell } from './overview'

/**
 * The overview by theme × sector goal of every measure in these partnerships, counted by
 * PostgreSQL: one row per cell, whatever the number of measures.
 *
 * Note: the dashboard used to read the measures with their units and count in Node (overview.ts),
 * at most 2,000 of them: at national scale (2,451 measures, 15,650 measure units) the platform
 * administrator's overview left 451 measures out, and reading and counting the rest took about
 * 160 ms of the server's one thread per view (issue 14). `partnershipIds` is the actor's read scope
 * of measures (measureReadScope: the partnerships partnershipScope gives, visibleTenantIds).
 */
export async function countThemeGoalOverview(tx: Tx, partnershipIds: string[]): Promise<TOverviewCell[]> {
  if (partnershipIds.length === 0) return []
  const rows = await tx.$queryRaw<{ theme: Theme; sectorGoal: SectorGoal; measures: number; units: number }[]>`
    WITH cells AS MATERIALIZED (
      SELECT m.id, t.theme::text AS theme, g.goal::text AS goal
      FROM "Measure" m
      CROSS JOIN LATERAL unnest(m.themes) t(theme)
      CROSS JOIN LATERAL unnest(m."sectorGoals") g(goal)
      WHERE m."partnershipId" = ANY(${partnershipIds}::uuid[])
    ),
    measures AS (SELECT theme, goal, count(*)::int AS n FROM cells GROUP BY theme, goal),
    units AS (
      SELECT theme, goal, count(*)::int AS n
      FROM (SELECT DISTINCT c.theme, c.goal, mu."unitId" FROM cells c JOIN "MeasureUnit" mu ON mu."measureId" = c.id) d
      GROUP BY theme, goal
    )
    SELECT measures.theme AS "theme", measures.goal AS "sectorGoal", measures.n AS "measures", coalesce(units.n, 0)::int AS "units"
    FROM measures LEFT JOIN units USING (theme, goal)`
  // In the order of the themes and goals, as the pages list them.
  const place = (c: { theme: Theme; sectorGoal: SectorGoal }) => THEMES.indexOf(c.theme) * SECTOR_GOALS.length + SECTOR_GOALS.indexOf(c.sectorGoal)
  return rows.map((r) => ({ theme: r.theme, sectorGoal: r.sectorGoal, measures: r.measures, units: r.units })).sort((a, b) => place(a) - place(b))
}
