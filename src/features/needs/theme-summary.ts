import type { Theme } from '@/generated/prisma/enums'

export interface TThemeRow {
  theme: Theme
  /** Priorities naming the theme. */
  priorities: number
  /** Distinct units named by those priorities (a unit in two reports counts once). */
  units: number
}

/** The summary the forum prioritises from: per theme, how many priorities and how many distinct units; most priorities first. */
export function themeSummary(priorities: { theme: Theme; unitIds: string[] }[]): TThemeRow[] {
  const byTheme = new Map<Theme, { priorities: number; units: Set<string> }>()
  for (const p of priorities) {
    const row = byTheme.get(p.theme) ?? { priorities: 0, units: new Set<string>() }
    row.priorities += 1
    for (const id of p.unitIds) row.units.add(id)
    byTheme.set(p.theme, row)
  }
  return [...byTheme]
    .map(([theme, r]) => ({ theme, priorities: r.priorities, units: r.units.size }))
    .sort((a, b) => b.priorities - a.priorities || b.units - a.units || a.theme.localeCompare(b.theme))
}
