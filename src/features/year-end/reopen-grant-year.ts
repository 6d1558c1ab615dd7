import { defineUseCase } from '@/server/usecase/define-use-case'
import { grantYearFor } from '@/features/funding/grant-year-scope'
import { lockGrantYear } from '@/features/funding/lock-grant-year'
import { readSettlement, settlementTotals } from './settlement'
import { yearEndPage } from './year-end-page'
import { ZReopenGrantYear, type TYearEndResult } from './schemas'

/**
 * County governor staff open a closed grant year again, with a reason (a spending report that came
 * late, a wrong move): awards, spending and moves are possible again until it is closed anew. The
 * reason is kept twice: in the year-end history the page shows and in the audit log with the sums.
 */
export const reopenGrantYear = defineUseCase(
  { name: 'year-end.reopen-grant-year', permission: 'manage:funding', input: ZReopenGrantYear, audit: 'grant_year.reopen', revalidate: yearEndPage },
  async ({ tx, actor, input, audit }): Promise<TYearEndResult> => {
    const year = await grantYearFor(tx, actor, input.grantYearId, 'manage')
    if (!year) return { ok: false, error: 'notFound' }
    if ((await lockGrantYear(tx, year.id, 'update')).status !== 'CLOSED') return { ok: false, error: 'notClosed' }
    // Back to the step it was at before closing: allocated when it has an allocation table.
    const allocated = (await tx.allocation.count({ where: { grantYearId: year.id } })) > 0
    const row = await tx.grantYear.update({ where: { id: year.id }, data: { status: allocated ? 'ALLOCATED' : 'OPEN' }, select: { unusedMoney: true } })
    const totals = settlementTotals(await readSettlement(tx, year.id))
    await tx.yearEndEvent.create({
      data: { partnershipId: year.partnershipId, grantYearId: year.id, kind: 'REOPENED', unusedMoney: row.unusedMoney, unusedOre: totals.unusedOre, reason: input.reason, actorId: actor.userId },
    })
    await audit({ entity: 'GrantYear', entityId: year.id, partnershipId: year.partnershipId, data: { reason: input.reason, unusedOre: totals.unusedOre.toString() } })
    return { ok: true, done: 'reopened', id: year.id }
  },
)
