import 'server-only'
import type { GrantYearStatus } from '@/generated/prisma/enums'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { fundingManageScope, fundingReadScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { pageWindow, type TPaging } from '@/lib/paging'

/** A country has ten years of seventy partnerships: the overview shows them 25 at a time (issue 14). */
export const GRANT_YEARS_PER_PAGE = 25

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
  /** Grant years the actor sees in all, of which `grantYears` is one page. */
  total: number
  /** Partnerships the actor may open a grant year for (empty for those who only read). */
  openable: { id: string; name: string }[]
}

/** One page of the grant years the actor may see, newest first, with what has been awarded; how many there are in all. Four queries. */
export async function getFundingOverview(db: Db, actor: Actor, paging: TPaging = { page: 1, pageSize: GRANT_YEARS_PER_PAGE }): Promise<TFundingOverview> {
  requirePermission(actor, 'read:funding')
  return withActorTenants(db, actor, async (tx) => {
    const where = { partnership: fundingReadScope(actor) }
    const [years, total, openable] = await Promise.all([
      tx.grantYear.findMany({
        where,
        orderBy: [{ year: 'desc' }, { partnership: { name: 'asc' } }, { id: 'asc' }],
        ...pageWindow(paging),
        select: { id: true, year: true, status: true, stateAmountOre: true, partnership: { select: { name: true } } },
      }),
      tx.grantYear.count({ where }),
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
      total,
      openable,
    }
  })
}
