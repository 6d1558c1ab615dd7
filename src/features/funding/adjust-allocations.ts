import { fundingManageScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { grantYearPage } from './grant-year-scope'
import { ZAdjustAllocations, type TFundingResult } from './schemas'

/**
 * Manual adjustment of the allocation table, with a reason. Every row must be given and the new
 * amounts must sum to the grant: the table stays balanced (the database checks it again at commit).
 */
export const adjustAllocations = defineUseCase(
  { name: 'funding.adjust-allocations', permission: 'manage:funding', input: ZAdjustAllocations, audit: 'allocation.adjust', revalidate: grantYearPage },
  async ({ tx, actor, input: { grantYearId, reason, amounts }, audit }): Promise<TFundingResult> => {
    const year = await tx.grantYear.findFirst({
      where: { id: grantYearId, partnership: fundingManageScope(actor) },
      select: { id: true, partnershipId: true, stateAmountOre: true, status: true, allocations: { select: { id: true, adjustedOre: true } } },
    })
    if (!year) return { ok: false, error: 'notFound' }
    if (year.status === 'CLOSED') return { ok: false, error: 'closed' }
    const ids = new Set(year.allocations.map((a) => a.id))
    if (year.allocations.length === 0 || Object.keys(amounts).length !== ids.size || Object.keys(amounts).some((id) => !ids.has(id))) {
      return { ok: false, error: 'invalid', fields: ['amounts'] }
    }
    const total = Object.values(amounts).reduce((a, b) => a + b, 0n)
    if (total !== year.stateAmountOre) {
      return { ok: false, error: 'unbalanced', fields: ['amounts'], values: { sum: total.toString(), grant: year.stateAmountOre.toString() } }
    }
    const changes = year.allocations.filter((a) => amounts[a.id] !== a.adjustedOre)
    for (const a of changes) await tx.allocation.update({ where: { id: a.id }, data: { adjustedOre: amounts[a.id]!, adjustReason: reason } })
    await audit({
      entity: 'GrantYear',
      entityId: year.id,
      partnershipId: year.partnershipId,
      data: { reason, changes: changes.map((a) => ({ allocationId: a.id, from: a.adjustedOre.toString(), to: amounts[a.id]!.toString() })) },
    })
    return { ok: true, done: 'adjusted', id: year.id }
  },
)

/** The form's fields as the use case's input: each allocation's new amount arrives as `amount.<allocation id>`. */
export function adjustAllocationsInput(formData: FormData) {
  const amounts: Record<string, string> = {}
  for (const [name, value] of formData) if (name.startsWith('amount.') && typeof value === 'string') amounts[name.slice(7)] = value
  return { grantYearId: formData.get('grantYearId'), reason: formData.get('reason'), amounts }
}
