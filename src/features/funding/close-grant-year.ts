import { defineUseCase } from '@/server/usecase/define-use-case'
import { grantYearFor, grantYearPage } from './grant-year-scope'
import { lockGrantYear } from './lock-grant-year'
import { ZGrantYearRef, type TFundingResult } from './schemas'

/**
 * County governor staff close a grant year at its end: no more awards, spending or co-financing.
 * What each recipient has not spent is then money to repay or reallocate; the audit row keeps the
 * sums as they were at closing.
 */
export const closeGrantYear = defineUseCase(
  { name: 'funding.close-grant-year', permission: 'manage:funding', input: ZGrantYearRef, audit: 'grant_year.close', revalidate: grantYearPage },
  async ({ tx, actor, input, audit }): Promise<TFundingResult> => {
    const year = await grantYearFor(tx, actor, input.grantYearId, 'manage')
    if (!year) return { ok: false, error: 'notFound' }
    // Note: the same lock as awards and spending take, so none is written after the sums below.
    if ((await lockGrantYear(tx, year.id, 'update')).status === 'CLOSED') return { ok: false, error: 'closed' }
    const [awarded, spent] = await Promise.all([
      tx.award.aggregate({ where: { grantYearId: year.id }, _sum: { amountOre: true } }),
      tx.spending.aggregate({ where: { grantYearId: year.id }, _sum: { amountOre: true } }),
    ])
    const awardedOre = awarded._sum.amountOre ?? 0n
    const spentOre = spent._sum.amountOre ?? 0n
    await tx.grantYear.update({ where: { id: year.id }, data: { status: 'CLOSED' } })
    await audit({
      entity: 'GrantYear',
      entityId: year.id,
      partnershipId: year.partnershipId,
      data: { awardedOre: awardedOre.toString(), spentOre: spentOre.toString(), unusedOre: (awardedOre - spentOre).toString() },
    })
    return { ok: true, done: 'closed', id: year.id }
  },
)
