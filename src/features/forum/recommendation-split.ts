import { splitProportionally } from '@/lib/money'
import type { TRecommendedMeasure } from './recommendation'

export interface TOwnerShare {
  ownerId: string
  ownerName: string
  amountOre: bigint
  measures: number
}

/**
 * The proposed split of money per school owner: each measure's budget is shared among the owners
 * of its units by how many of their units take part, in whole kroner (largest remainder, so the
 * shares of a measure sum to its budget exactly). Budgets of measures without units, which no
 * owner can be credited with, are returned apart as `unassignedOre`.
 */
export function proposedSplit(measures: readonly Pick<TRecommendedMeasure, 'budgetOre' | 'units'>[]): { owners: TOwnerShare[]; unassignedOre: bigint } {
  const owners = new Map<string, TOwnerShare>()
  let unassignedOre = 0n
  for (const measure of measures) {
    const budget = measure.budgetOre ?? 0n
    const counts = new Map<string, { name: string; units: bigint }>()
    for (const unit of measure.units) {
      const entry = counts.get(unit.ownerId) ?? { name: unit.ownerName, units: 0n }
      entry.units += 1n
      counts.set(unit.ownerId, entry)
    }
    if (counts.size === 0) {
      unassignedOre += budget
      continue
    }
    // Sorted by id, so the same measure always gives the same øre to the same owner.
    const ids = [...counts.keys()].sort()
    const shares = splitProportionally(budget, ids.map((id) => counts.get(id)!.units), 100n)
    ids.forEach((id, i) => {
      const share = owners.get(id) ?? { ownerId: id, ownerName: counts.get(id)!.name, amountOre: 0n, measures: 0 }
      share.amountOre += shares[i]!
      share.measures += 1
      owners.set(id, share)
    })
  }
  return { owners: [...owners.values()].sort((a, b) => a.ownerName.localeCompare(b.ownerName, 'nb')), unassignedOre }
}

/** Which owner works with which UH partner, through which measures and how many of its units. */
export function ownerUniversityPairs(measures: readonly Pick<TRecommendedMeasure, 'title' | 'universityName' | 'units'>[]) {
  const pairs = new Map<string, { ownerName: string; universityName: string | null; measures: Set<string>; units: Set<string> }>()
  for (const measure of measures) {
    for (const unit of measure.units) {
      const key = `${unit.ownerId}|${measure.universityName ?? ''}`
      const pair = pairs.get(key) ?? { ownerName: unit.ownerName, universityName: measure.universityName, measures: new Set(), units: new Set() }
      pair.measures.add(measure.title)
      pair.units.add(unit.id)
      pairs.set(key, pair)
    }
  }
  return [...pairs.values()]
    .map((p) => ({ ownerName: p.ownerName, universityName: p.universityName, measures: [...p.measures], units: p.units.size }))
    .sort((a, b) => a.ownerName.localeCompare(b.ownerName, 'nb') || (a.universityName ?? '').localeCompare(b.universityName ?? '', 'nb'))
}
