import { fundingManageScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { AllocationKeyError, computeAllocationKey, type TKeyOwner } from './allocation-key'
import { grantYearPage } from './grant-year-scope'
import { ZGrantYearRef, type TFundingResult } from './schemas'

/**
 * Runs the allocation key for a grant year and writes the table: one row per owner in the
 * partnership, computed = adjusted. Running it again replaces the table, adjustments included
 * (the page says so). The table and its audit row commit together; the database checks the sum.
 */
export const runAllocationKey = defineUseCase(
  { name: 'funding.run-allocation-key', permission: 'manage:funding', input: ZGrantYearRef, audit: 'allocation.run_key', revalidate: grantYearPage },
  async ({ tx, actor, input, audit }): Promise<TFundingResult> => {
    const year = await tx.grantYear.findFirst({ where: { id: input.grantYearId, partnership: fundingManageScope(actor) } })
    if (!year) return { ok: false, error: 'notFound' }
    if (year.status === 'CLOSED') return { ok: false, error: 'closed' }
    const owners = await keyOwners(tx, year.partnershipId)
    let table
    try {
      table = computeAllocationKey(
        { grantOre: year.stateAmountOre, basePerOwnerOre: year.keyBasePerOwnerOre, fteWeight: year.keyFteWeight, pupilWeight: year.keyPupilWeight },
        owners,
      )
    } catch (e) {
      if (e instanceof AllocationKeyError) return { ok: false, error: e.code }
      throw e
    }
    await tx.allocation.deleteMany({ where: { grantYearId: year.id } })
    await tx.allocation.createMany({
      data: table.map((s) => ({ partnershipId: year.partnershipId, grantYearId: year.id, ownerId: s.ownerId, computedOre: s.totalOre, adjustedOre: s.totalOre })),
    })
    await tx.grantYear.update({ where: { id: year.id }, data: { status: 'ALLOCATED' } })
    await audit({
      entity: 'GrantYear',
      entityId: year.id,
      partnershipId: year.partnershipId,
      data: { table: table.map((s) => ({ ownerId: s.ownerId, ore: s.totalOre.toString() })) },
    })
    return { ok: true, done: 'keyRun', id: year.id }
  },
)

/**
 * The partnership's current owners with the teacher FTE and pupils of their active units inside
 * the partnership's municipalities (a county municipality's schools elsewhere in the county do not
 * count here). Three queries whatever the number of owners.
 */
export async function keyOwners(tx: Tx, partnershipId: string): Promise<TKeyOwner[]> {
  const owners = await tx.partnershipOwner.findMany({
    where: { partnershipId, leftOn: null },
    select: { owner: { select: { id: true, name: true, municipalityId: true } } },
  })
  const municipalityIds = owners.map((o) => o.owner.municipalityId).filter((id): id is string => !!id)
  const sums = await tx.unit.groupBy({
    by: ['ownerId'],
    where: { ownerId: { in: owners.map((o) => o.owner.id) }, active: true, ...(municipalityIds.length ? { municipalityId: { in: municipalityIds } } : {}) },
    _sum: { staffFteCenti: true, pupilCount: true },
  })
  const byOwner = new Map(sums.map((s) => [s.ownerId, s._sum]))
  return owners.map(({ owner }) => ({
    ownerId: owner.id,
    name: owner.name,
    fteCenti: byOwner.get(owner.id)?.staffFteCenti ?? 0,
    pupils: byOwner.get(owner.id)?.pupilCount ?? 0,
  }))
}
