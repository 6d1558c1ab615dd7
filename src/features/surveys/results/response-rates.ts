import 'server-only'
import type { InformantGroup } from '@/generated/prisma/client'
import type { Tx } from '@/server/db/tenant'
import type { TWaveClass } from './wave-table'

/** Codes issued and spent for a unit, or for one of its classes (`classId` set). */
export interface TRateRow {
  key: string
  unitId: string
  classId: string | null
  name: string
  className: string | null
  issued: number
  spent: number
}

/**
 * Response rates for one group: a row per unit the actor sees (all its codes), each followed by its
 * classes' rows; a class the actor teaches at a unit it does not see has its own row only. Codes
 * spent are no answer's values, so no suppression applies (they are the n the results show anyway).
 */
export async function responseRates(
  tx: Tx,
  waveId: string,
  group: InformantGroup,
  units: { id: string; name: string }[],
  seen: { units: Set<string>; classes: Set<string> },
  classes: TWaveClass[],
): Promise<TRateRow[]> {
  const shownClasses = classes.filter((c) => seen.units.has(c.unitId) || seen.classes.has(c.id))
  const unitIds = units.filter((u) => seen.units.has(u.id) || shownClasses.some((c) => c.unitId === u.id)).map((u) => u.id)
  const counts = await tx.surveyCode.groupBy({ by: ['unitId', 'classId', 'spentOn'], where: { waveId, group, unitId: { in: unitIds } }, _count: { _all: true } })
  const tally = (match: (c: (typeof counts)[number]) => boolean) => {
    const mine = counts.filter(match)
    return { issued: mine.reduce((a, c) => a + c._count._all, 0), spent: mine.filter((c) => c.spentOn !== null).reduce((a, c) => a + c._count._all, 0) }
  }
  const rows: TRateRow[] = []
  for (const u of units) {
    if (seen.units.has(u.id)) rows.push({ key: u.id, unitId: u.id, classId: null, name: u.name, className: null, ...tally((c) => c.unitId === u.id) })
    for (const c of shownClasses)
      if (c.unitId === u.id) rows.push({ key: c.id, unitId: u.id, classId: c.id, name: u.name, className: c.name, ...tally((x) => x.classId === c.id) })
  }
  return rows
}
