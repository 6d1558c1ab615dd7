import type { Actor } from '@/server/authz/actor'
import { fundingManageScope, fundingReadScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'

/**
 * The grant year a change is aimed at, if this actor may make it there: county governor staff
 * manage their county's years (`manage`); owners and UH partners report in the years they can read
 * (`report`; which organisation they report for is checked by each use case). Null otherwise, the
 * same answer as for a year that does not exist.
 */
export function grantYearFor(tx: Tx, actor: Actor, grantYearId: string, access: 'manage' | 'report') {
  return tx.grantYear.findFirst({
    where: { id: grantYearId, partnership: access === 'manage' ? fundingManageScope(actor) : fundingReadScope(actor) },
    select: { id: true, partnershipId: true },
  })
}

/** The grant year's page, refreshed after a change whose result carries the year's id. */
export const grantYearPage = (result: { id?: string }) => (result.id ? [`/okonomi/${result.id}`] : [])

/** What every read of a grant year needs for its figures and heading (figuresForYears takes the first three). */
export const GRANT_YEAR_FIELDS = { id: true, partnershipId: true, coFinancingBp: true, year: true, status: true, stateAmountOre: true } as const
