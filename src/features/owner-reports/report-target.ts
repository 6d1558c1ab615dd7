import type { Actor } from '@/server/authz/actor'
import { fundingReportScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'
import { grantYearFor } from '@/features/funding/grant-year-scope'
import { lockGrantYear } from '@/features/funding/lock-grant-year'
import type { TOwnerReportError } from './schemas'

type TTarget = { ok: true; year: { id: string; partnershipId: string }; ownerId: string } | { ok: false; error: TOwnerReportError; fields?: string[] }

/**
 * The grant year and owner a report change is aimed at, if the actor reports for that owner and
 * the owner takes part in the year's partnership; the year held open (FOR SHARE) for the rest of
 * the transaction, as for co-financing.
 */
export async function reportTarget(tx: Tx, actor: Actor, grantYearId: string, ownerId: string): Promise<TTarget> {
  const year = await grantYearFor(tx, actor, grantYearId, 'report')
  if (!year) return { ok: false, error: 'notFound' }
  if ((await lockGrantYear(tx, year.id, 'share')).status === 'CLOSED') return { ok: false, error: 'closed' }
  // Note: the owner must be one the actor reports for; any other is not found.
  const owner = await tx.organisation.findFirst({ where: { AND: [{ id: ownerId }, fundingReportScope(actor)] }, select: { id: true } })
  if (!owner) return { ok: false, error: 'notFound', fields: ['ownerId'] }
  const takesPart = await tx.partnershipOwner.count({ where: { partnershipId: year.partnershipId, ownerId: owner.id } })
  if (!takesPart) return { ok: false, error: 'notOwner', fields: ['ownerId'] }
  return { ok: true, year, ownerId: owner.id }
}

/** The grant year's measures that reach the owner: those with one of its units. */
export const ownerMeasuresWhere = (grantYearId: string, ownerId: string) => ({ grantYearId, units: { some: { unit: { ownerId } } } })
