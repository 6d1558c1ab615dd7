import { can, type Actor } from '@/server/authz/actor'
import { fundingManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { lockGrantYear } from './lock-grant-year'
import { invalidFields, ZGrantYearRef, type TFundingResult } from './schemas'

/**
 * County governor staff close a grant year at its end: no more awards, spending or co-financing.
 * What each recipient has not spent is then money to repay or reallocate; the audit row keeps the
 * sums as they were at closing.
 */
export async function closeGrantYear(db: Db, actor: Actor, input: unknown): Promise<TFundingResult> {
  if (!can(actor, 'manage:funding')) return { ok: false, error: 'forbidden' }
  const parsed = ZGrantYearRef.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }

  return withActorTenants(db, actor, async (tx) => {
    const year = await tx.grantYear.findFirst({
      where: { id: parsed.data.grantYearId, partnership: fundingManageScope(actor) },
      select: { id: true, partnershipId: true },
    })
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
    await tx.auditLog.create({
      data: {
        actorUserId: actor.userId,
        partnershipId: year.partnershipId,
        action: 'grant_year.close',
        entity: 'GrantYear',
        entityId: year.id,
        data: { awardedOre: awardedOre.toString(), spentOre: spentOre.toString(), unusedOre: (awardedOre - spentOre).toString() },
      },
    })
    return { ok: true, done: 'closed', id: year.id }
  })
}
