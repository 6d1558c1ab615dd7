import type { SectorGoal, Theme } from '@/generated/prisma/enums'
import { SECTOR_GOALS, THEMES } from './schemas'

/** One cell of the overview: measures and distinct units for a theme and a sector goal. */
export interface TOverviewCell {
  theme: Theme
  sectorGoal: SectorGoal
  measures: number
  units: number
}

/** The overview by theme × sector goal, counted from the measures given (with their units). */
export function themeGoalOverview(measures: { themes: Theme[]; sectorGoals: SectorGoal[]; units: { unitId: string }[] }[]): TOverviewCell[] {
  return THEMES.flatMap((theme) =>
    SECTOR_GOALS.map((sectorGoal) => {
      const hits = measures.filter((m) => m.themes.includes(theme) && m.sectorGoals.includes(sectorGoal))
      return { theme, sectorGoal, measures: hits.length, units: new Set(hits.flatMap((m) => m.units.map((u) => u.unitId))).size }
    }),
  ).filter((c) => c.measures > 0)
}
