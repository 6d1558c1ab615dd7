import 'server-only'
import { can, type Actor } from '@/server/authz/actor'
import { fundingOverseeReach, fundingOverseeScope, fundingReadScope, fundingReportIds, fundingReportScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { figuresForYears } from './figures'
import type { TRecipientFigures } from './summary'

export interface TFundingDashboardYear {
  grantYearId: string
  partnershipName: string
  year: number
  closed: boolean
  /** The actor oversees the partnership (county governor, secretariat): the dashboard shows the year's totals, the grant year page each recipient. */
  overseen: boolean
  /** Every recipient for those who oversee the partnership; otherwise the actor's own organisations. */
  rows: TRecipientFigures[]
}

/**
 * The money part of the dashboards: each partnership's newest grant year with awarded against used
 * per recipient, and who is below the required co-financing. The county governor and the forum
 * secretariat see every recipient; a school owner or UH partner sees its own rows. Nine queries
 * (three of them the tenant context) whatever the data size; null without read:funding.
 */
export async function getFundingDashboard(db: Db, actor: Actor): Promise<TFundingDashboardYear[] | null> {
  if (!can(actor, 'read:funding')) return null
  return withActorTenants(db, actor, async (tx) => {
    // Newest first, then one year per partnership; 40 rows cover the ten partnerships shown.
    const candidates = await tx.grantYear.findMany({
      where: { partnership: fundingReadScope(actor) },
      orderBy: [{ year: 'desc' }, { partnership: { name: 'asc' } }],
      take: 40,
      select: { id: true, year: true, status: true, partnershipId: true, coFinancingBp: true, partnership: { select: { name: true } } },
    })
    // Per partnership the year under way: the newest one not after this calendar year (a year
    // opened ahead of time does not hide the current one), else the earliest opened ahead.
    const thisYear = new Date().getFullYear()
    const ordered = [...candidates.filter((y) => y.year <= thisYear), ...candidates.filter((y) => y.year > thisYear).reverse()]
    const seen = new Set<string>()
    const years = ordered.filter((y) => !seen.has(y.partnershipId) && seen.add(y.partnershipId)).slice(0, 10)
    if (years.length === 0) return []
    const [figures, overseenIds] = await Promise.all([figuresForYears(tx, years), overseenOf(tx, actor, years.map((y) => y.partnershipId))])
    const recipientIds = [...new Set([...figures.values()].flat().map((r) => r.recipientId))]
    const own = new Set(overseenIds.size === years.length ? [] : await ownRecipients(tx, actor, recipientIds))
    return years
      .map((y) => ({
        grantYearId: y.id,
        partnershipName: y.partnership.name,
        year: y.year,
        closed: y.status === 'CLOSED',
        overseen: overseenIds.has(y.partnershipId),
        rows: (figures.get(y.id) ?? []).filter((r) => overseenIds.has(y.partnershipId) || own.has(r.recipientId)),
      }))
      .filter((y) => y.rows.length > 0)
  })
}

/** Which of these partnerships the actor oversees; asks the database only when the memberships cannot tell (fundingOverseeReach). */
async function overseenOf(tx: Tx, actor: Actor, partnershipIds: string[]): Promise<Set<string>> {
  const reach = fundingOverseeReach(actor)
  if (reach !== 'some') return new Set(reach === 'all' ? partnershipIds : [])
  const rows = await tx.partnership.findMany({ where: { AND: [{ id: { in: partnershipIds } }, fundingOverseeScope(actor)] }, select: { id: true } })
  return new Set(rows.map((p) => p.id))
}

/** Which of the recipients the actor reports for; asks the database only when the memberships cannot tell (fundingReportIds). */
async function ownRecipients(tx: Tx, actor: Actor, recipientIds: string[]): Promise<string[]> {
  const ids = fundingReportIds(actor)
  if (ids !== null) return recipientIds.filter((id) => ids.includes(id))
  return (await tx.organisation.findMany({ where: { AND: [{ id: { in: recipientIds } }, fundingReportScope(actor)] }, select: { id: true } })).map((o) => o.id)
}
