import 'server-only'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { fundingManageScope, fundingReadScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { GrantYearStatus } from '@/generated/prisma/enums'
import { awardRecipients } from './award-recipients'

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

export interface TGrantYearDetail {
  id: string
  year: number
  status: GrantYearStatus
  partnershipName: string
  stateAmountOre: bigint
  coFinancingBp: number
  keyBasePerOwnerOre: bigint
  keyFteWeight: number
  keyPupilWeight: number
  canManage: boolean
  allocations: { id: string; ownerName: string; computedOre: bigint; adjustedOre: bigint; adjustReason: string | null }[]
  awards: { id: string; recipientName: string; amountOre: bigint; awardedOn: Date }[]
  awardedOre: bigint
  recipients: { id: string; name: string }[]
}

/** One grant year with its allocation table and awards, or null when the actor may not see it. */
export async function getGrantYear(db: Db, actor: Actor, grantYearId: string): Promise<TGrantYearDetail | null> {
  requirePermission(actor, 'read:funding')
  if (!/^[0-9a-f-]{36}$/i.test(grantYearId)) return null
  return withActorTenants(db, actor, async (tx) => {
    const year = await tx.grantYear.findFirst({
      where: { id: grantYearId, partnership: fundingReadScope(actor) },
      select: {
        id: true,
        year: true,
        status: true,
        partnershipId: true,
        stateAmountOre: true,
        coFinancingBp: true,
        keyBasePerOwnerOre: true,
        keyFteWeight: true,
        keyPupilWeight: true,
        partnership: { select: { name: true } },
        allocations: {
          orderBy: { owner: { name: 'asc' } },
          select: { id: true, computedOre: true, adjustedOre: true, adjustReason: true, owner: { select: { name: true } } },
        },
        awards: { orderBy: { createdAt: 'asc' }, take: 500, select: { id: true, amountOre: true, awardedOn: true, recipient: { select: { name: true } } } },
      },
    })
    if (!year) return null
    const [manageable, recipients, awarded] = await Promise.all([
      tx.partnership.count({ where: { AND: [{ id: year.partnershipId }, fundingManageScope(actor)] } }),
      tx.organisation.findMany({
        where: awardRecipients(year.partnershipId),
        orderBy: { name: 'asc' },
        select: { id: true, name: true },
      }),
      tx.award.aggregate({ where: { grantYearId: year.id }, _sum: { amountOre: true } }),
    ])
    return {
      id: year.id,
      year: year.year,
      status: year.status,
      partnershipName: year.partnership.name,
      stateAmountOre: year.stateAmountOre,
      coFinancingBp: year.coFinancingBp,
      keyBasePerOwnerOre: year.keyBasePerOwnerOre,
      keyFteWeight: year.keyFteWeight,
      keyPupilWeight: year.keyPupilWeight,
      canManage: manageable > 0,
      allocations: year.allocations.map((a) => ({ id: a.id, ownerName: a.owner.name, computedOre: a.computedOre, adjustedOre: a.adjustedOre, adjustReason: a.adjustReason })),
      awards: year.awards.map((a) => ({ id: a.id, recipientName: a.recipient.name, amountOre: a.amountOre, awardedOn: a.awardedOn })),
      awardedOre: awarded._sum.amountOre ?? 0n,
      recipients: manageable > 0 ? recipients : [],
    }
  })
}
