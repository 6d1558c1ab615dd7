import { defineUseCase } from '@/server/usecase/define-use-case'
import { recordClosing } from '@/features/year-end/record-closing'
import { yearEndPage } from '@/features/year-end/year-end-page'
import { grantYearFor } from './grant-year-scope'
import { lockGrantYear } from './lock-grant-year'
import { ZGrantYearRef, type TFundingResult } from './schemas'

/**
 * County governor staff close a grant year at its end: no more awards, spending or co-financing.
 * What each recipient has not spent is then money to repay or reallocate (the year's setting); the
 * year-end history and the audit row keep the settlement per recipient as it was at closing
 * (src/features/year-end, ADR 041). The page asks for confirmation first; a closed year can be
 * opened again with a reason (reopenGrantYear).
 */
export const closeGrantYear = defineUseCase(
  { name: 'funding.close-grant-year', permission: 'manage:funding', input: ZGrantYearRef, audit: 'grant_year.close', revalidate: yearEndPage },
  async ({ tx, actor, input, audit }): Promise<TFundingResult> => {
    const year = await grantYearFor(tx, actor, input.grantYearId, 'manage')
    if (!year) return { ok: false, error: 'notFound' }
    // Note: the same lock as awards and spending take, so none is written after the sums below.
    if ((await lockGrantYear(tx, year.id, 'update')).status === 'CLOSED') return { ok: false, error: 'closed' }
    const settlement = await recordClosing(tx, actor, year)
    await tx.grantYear.update({ where: { id: year.id }, data: { status: 'CLOSED' } })
    await audit({ entity: 'GrantYear', entityId: year.id, partnershipId: year.partnershipId, data: settlement })
    return { ok: true, done: 'closed', id: year.id }
  },
)
