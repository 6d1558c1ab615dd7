import 'server-only'
import type { GrantYearStatus } from '@/generated/prisma/enums'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { fundingManageScope, fundingReadScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'

export interface TGrantYearRow {
  id: string
  year: number
  partnershipName: string
  status: GrantYearStatus
  stateAmountOre: bigint
  awardedOre: bigint
}

export interface TFundingOverview {
  grantYears: TGrantYearRow[]
  /** Partnerships the actor may open a grant year for (empty for those who only read). */
  openable: { id: string; name: string }[]
}

/** The grant years the actor may see, newest first (at most 100), with what has been awarded. Four queries. */
export async function getFundingOverview(db: Db, actor: Actor): Promise<TFundingOverview> {
  requirePermission(actor, 'read:funding')
  return withActorTenants(db, actor, async (tx) => {
    const [years, openable] = await Promise.all([
      tx.grantYear.findMany({
        where: { partnership: fundingReadScope(actor) },
        orderBy: [{ year: 'desc' }, { partnership: { name: 'asc' } }],
        take: 100,
        select: { id: true, year: true, status: true, stateAmountOre: true, partnership: { select: { name: true } } },
      }),
      tx.partnership.findMany({ where: fundingManageScope(actor), orderBy: { name: 'asc' }, take: 500, select: { id: true, name: true } }),
    ])
    const awarded = await tx.award.groupBy({ by: ['grantYearId'], where: { grantYearId: { in: years.map((y) => y.id) } }, _sum: { amountOre: true } })
    const awardedBy = new Map(awarded.map((a) => [a.grantYearId, a._sum.amountOre ?? 0n]))
    return {
      grantYears: years.map((y) => ({
        id: y.id,
        year: y.year,
        partnershipName: y.partnership.name,
        status: y.status,
        stateAmountOre: y.stateAmountOre,
        awardedOre: awardedBy.get(y.id) ?? 0n,
      })),
      openable,
    }
  })
}
