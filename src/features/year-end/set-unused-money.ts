import { defineUseCase } from '@/server/usecase/define-use-case'
import { grantYearFor } from '@/features/funding/grant-year-scope'
import { lockGrantYear } from '@/features/funding/lock-grant-year'
import { yearEndPage } from './year-end-page'
import { ZSetUnusedMoney, type TYearEndResult } from './schemas'

/**
 * County governor staff choose, per grant year, whether its unused money is repaid or reallocated.
 * Only while the year is open: a closed year's settlement was confirmed with the choice it had.
 * Going back to «repay» after moves were made keeps the moves (they are decided money); it only
 * stops new ones.
 */
export const setUnusedMoney = defineUseCase(
  { name: 'year-end.set-unused-money', permission: 'manage:funding', input: ZSetUnusedMoney, audit: 'grant_year.unused_money', revalidate: yearEndPage },
  async ({ tx, actor, input, audit, unchanged }): Promise<TYearEndResult> => {
    const year = await grantYearFor(tx, actor, input.grantYearId, 'manage')
    if (!year) return { ok: false, error: 'notFound' }
    if ((await lockGrantYear(tx, year.id, 'update')).status === 'CLOSED') return { ok: false, error: 'closed' }
    const { unusedMoney } = await tx.grantYear.findUniqueOrThrow({ where: { id: year.id }, select: { unusedMoney: true } })
    if (unusedMoney === input.unusedMoney) {
      unchanged()
      return { ok: true, done: 'modeSet', id: year.id }
    }
    await tx.grantYear.update({ where: { id: year.id }, data: { unusedMoney: input.unusedMoney } })
    await audit({ entity: 'GrantYear', entityId: year.id, partnershipId: year.partnershipId, data: { from: unusedMoney, to: input.unusedMoney } })
    return { ok: true, done: 'modeSet', id: year.id }
  },
)
