import { splitProportionally } from '@/lib/money'

export interface TKeyOwner {
  ownerId: string
  /** Sort key that makes the table the same whatever order the owners come in (name, then id). */
  name: string
  /** Teacher FTE in hundredths, summed over the owner's active units in the partnership. */
  fteCenti: number
  pupils: number
}

export interface TKeySettings {
  grantOre: bigint
  basePerOwnerOre: bigint
  fteWeight: number
  pupilWeight: number
}

export interface TKeyShare {
  ownerId: string
  baseOre: bigint
  weightedOre: bigint
  totalOre: bigint
}

export class AllocationKeyError extends Error {
  constructor(readonly code: 'noOwners' | 'baseExceedsGrant' | 'noWeights') {
    super(code)
  }
}

/**
 * The allocation key (fordelingsnøkkel): every owner gets the base amount, and what is left of
 * the grant is split by the weighted shares of teacher FTE and pupils. Shares are whole kroner; the
 * kroner left by rounding go to the largest remainders (ties to the first owner by name), so the
 * table always sums to the grant exactly and the same inputs always give the same table.
 */
export function computeAllocationKey(settings: TKeySettings, owners: readonly TKeyOwner[]): TKeyShare[] {
  if (owners.length === 0) throw new AllocationKeyError('noOwners')
  if (settings.fteWeight < 0 || settings.pupilWeight < 0 || settings.fteWeight + settings.pupilWeight <= 0) {
    throw new AllocationKeyError('noWeights')
  }
  const sorted = [...owners].sort((a, b) => (a.name === b.name ? cmp(a.ownerId, b.ownerId) : cmp(a.name, b.name)))
  const baseTotal = settings.basePerOwnerOre * BigInt(sorted.length)
  if (baseTotal > settings.grantOre) throw new AllocationKeyError('baseExceedsGrant')

  const sumFte = BigInt(sorted.reduce((a, o) => a + o.fteCenti, 0))
  const sumPupils = BigInt(sorted.reduce((a, o) => a + o.pupils, 0))
  // Each owner's weight, exactly: fteWeight·fte/ΣFTE + pupilWeight·pupils/Σpupils, brought to one
  // denominator (ΣFTE·Σpupils) so that it stays an integer. A measure nobody has counts for nothing.
  const weights = sorted.map((o) => {
    const fte = sumFte > 0n ? BigInt(settings.fteWeight) * BigInt(o.fteCenti) * (sumPupils > 0n ? sumPupils : 1n) : 0n
    const pupils = sumPupils > 0n ? BigInt(settings.pupilWeight) * BigInt(o.pupils) * (sumFte > 0n ? sumFte : 1n) : 0n
    return fte + pupils
  })
  const weighted = splitProportionally(settings.grantOre - baseTotal, weights, 100n)
  return sorted.map((o, i) => ({
    ownerId: o.ownerId,
    baseOre: settings.basePerOwnerOre,
    weightedOre: weighted[i]!,
    totalOre: settings.basePerOwnerOre + weighted[i]!,
  }))
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
