import { fundingReadScope, fundingReportScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { grantYearPage } from './grant-year-scope'
import { lockGrantYear } from './lock-grant-year'
import { ZRemoveFundingEntry, type TFundingResult } from './schemas'

/**
 * Takes back a co-financing or spending entry that was wrong, while the year is open. Only the
 * organisation it belongs to may; the audit row keeps what was removed.
 */
export const removeFundingEntry = defineUseCase(
  // No declared `audit`: the row's action names the kind of entry ('co_financing.remove' or 'spending.remove').
  { name: 'funding.remove-funding-entry', permission: 'report:funding', input: ZRemoveFundingEntry, revalidate: grantYearPage },
  async ({ tx, actor, input: { entry, id }, audit }): Promise<TFundingResult> => {
    const visible = { grantYear: { partnership: fundingReadScope(actor) } }
    const select = { grantYearId: true, partnershipId: true, amountOre: true, description: true } as const
    const row =
      entry === 'coFinancing'
        ? await tx.coFinancing.findFirst({ where: { id, ...visible, owner: fundingReportScope(actor) }, select })
        : await tx.spending.findFirst({ where: { id, ...visible, recipient: fundingReportScope(actor) }, select })
    if (!row) return { ok: false, error: 'notFound' }
    if ((await lockGrantYear(tx, row.grantYearId, 'share')).status === 'CLOSED') return { ok: false, error: 'closed' }
    if (entry === 'coFinancing') await tx.coFinancing.delete({ where: { id } })
    else await tx.spending.delete({ where: { id } })
    await audit({
      action: entry === 'coFinancing' ? 'co_financing.remove' : 'spending.remove',
      entity: entry === 'coFinancing' ? 'CoFinancing' : 'Spending',
      entityId: id,
      partnershipId: row.partnershipId,
      data: { grantYearId: row.grantYearId, amountOre: row.amountOre.toString(), description: row.description },
    })
    return { ok: true, done: 'removed', id: row.grantYearId }
  },
)
