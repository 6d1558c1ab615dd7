// Note: no 'server-only' here: the national seed (run by tsx, outside Next) stores a closed wave's
// results with the same code closeSurveyWave does (stored-results.ts). Nothing here is secret; it
// reads through the transaction it is given.
import type { InformantGroup, Prisma } from '@/generated/prisma/client'
import type { Tx } from '@/server/db/tenant'
import { ZAnswerValues, type TInstrumentContent } from '../instruments/schemas'
import { ZSuppressionSettings } from '../suppression/thresholds'
import { computeWaveResults } from './compute'

export type TWaveUnit = { id: string; name: string; ownerId: string; owner: { name: string } }

/** A wave's units with their owners, by name. */
export async function waveUnits(tx: Tx, waveId: string): Promise<TWaveUnit[]> {
  const rows = await tx.surveyWaveUnit.findMany({ where: { waveId }, select: { unit: { select: { id: true, name: true, ownerId: true, owner: { select: { name: true } } } } } })
  return rows.map((w) => w.unit).sort((a, b) => a.name.localeCompare(b.name, 'nb'))
}

export function ownersOf(units: TWaveUnit[]) {
  const owners = new Map<string, { name: string; unitIds: string[] }>()
  for (const u of units) owners.set(u.ownerId, { name: u.owner.name, unitIds: [...(owners.get(u.ownerId)?.unitIds ?? []), u.id] })
  return owners
}

export type TWaveClass = { id: string; unitId: string; name: string }

/**
 * The classes of a wave and group: those codes were issued for, and those answers carry. By trinn
 * and name. Found from the wave's own rows (indexed by wave), never by scanning the country's classes.
 */
export async function waveClasses(tx: Tx, waveId: string, group: InformantGroup): Promise<TWaveClass[]> {
  const where = { waveId, group, classId: { not: null } }
  const codes = await tx.surveyCode.groupBy({ by: ['classId'], where })
  const answers = await tx.surveyAnswer.groupBy({ by: ['classId'], where })
  const ids = [...new Set([...codes, ...answers].flatMap((r) => (r.classId ? [r.classId] : [])))]
  if (ids.length === 0) return []
  return tx.unitGroup.findMany({ where: { id: { in: ids } }, orderBy: [{ grade: 'asc' }, { name: 'asc' }], select: { id: true, unitId: true, name: true } })
}

/** One closed wave's suppressed table for a group: per indicator key, the cells (ADR 024). */
export async function closedWaveTable(
  tx: Tx,
  wave: { id: string; suppression: Prisma.JsonValue },
  group: InformantGroup,
  version: { id: string; content: TInstrumentContent },
  units: TWaveUnit[],
  classes: TWaveClass[],
) {
  const answers = await tx.surveyAnswer.findMany({ where: { waveId: wave.id, group, versionId: version.id }, select: { unitId: true, classId: true, values: true } })
  const byUnit: Record<string, string[]> = {}
  for (const c of classes) (byUnit[c.unitId] ??= []).push(c.id)
  return computeWaveResults(
    version.content,
    ZSuppressionSettings.parse(wave.suppression),
    { owners: [...ownersOf(units)].map(([ownerId, o]) => ({ ownerId, unitIds: o.unitIds })), classes: byUnit },
    answers.map((a) => ({ unitId: a.unitId, classId: a.classId, values: ZAnswerValues.catch({}).parse(a.values) })),
  )
}
