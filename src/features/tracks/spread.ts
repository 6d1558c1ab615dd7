import { STAGES } from '@/features/measures/options'
import { TRACKS, type TTrack } from './options'

export type TStage = (typeof STAGES)[number]

/** Something that happened to a unit on a day: a progress review's stage, or a move to a track. */
export interface TUnitEvent<V extends string> {
  unitId: string
  /** The Oslo year it happened in. */
  year: number
  /** Order within the unit's events (earlier first): the day, then when it was written. */
  at: number
  value: V
}

/** How many units stood where at the end of one year; `NONE` counts units with nothing yet. */
export interface TSpreadRow<V extends string> {
  year: number
  counts: Record<V | 'NONE', number>
}

/**
 * Where each unit stood at the end of each year: its newest event up to then (or none), counted
 * per value. Pure, so the page's numbers can be checked without a database. Every unit is counted
 * once per year, so each row sums to the number of units.
 */
export function spreadByYear<V extends string>(values: readonly V[], unitIds: readonly string[], events: readonly TUnitEvent<V>[], years: readonly number[]): TSpreadRow<V>[] {
  const sorted = [...events].sort((a, b) => a.year - b.year || a.at - b.at)
  const known = new Set(unitIds)
  return years.map((year) => {
    const latest = new Map<string, V>()
    for (const e of sorted) if (e.year <= year && known.has(e.unitId)) latest.set(e.unitId, e.value)
    const counts = Object.fromEntries([...values, 'NONE'].map((v) => [v, 0])) as Record<V | 'NONE', number>
    for (const id of unitIds) counts[latest.get(id) ?? 'NONE'] += 1
    return { year, counts }
  })
}

/** The years a spread covers: from the first event's year (at most ten years back) to this year. */
export function spreadYears(events: readonly { year: number }[], thisYear: number): number[] {
  const first = Math.max(thisYear - 9, Math.min(thisYear, ...events.map((e) => e.year)))
  return Array.from({ length: thisYear - first + 1 }, (_, i) => first + i)
}

/** The newest value per unit of all its events (its current stage or track). */
export function latestPerUnit<V extends string>(events: readonly TUnitEvent<V>[]): Map<string, V> {
  const latest = new Map<string, V>()
  for (const e of [...events].sort((a, b) => a.year - b.year || a.at - b.at)) latest.set(e.unitId, e.value)
  return latest
}

export const SPREAD_STAGES: readonly TStage[] = STAGES
export const SPREAD_TRACKS: readonly TTrack[] = TRACKS
