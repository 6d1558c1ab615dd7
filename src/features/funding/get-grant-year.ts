import 'server-only'
import type { CoFinancingKind, GrantYearStatus } from '@/generated/prisma/enums'
import { type Actor } from '@/server/authz/actor'
import { fundingManageScope, fundingReadScope, fundingReportScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { awardRecipients } from './award-recipients'
import { figuresForYears } from './figures'
import { GRANT_YEAR_FIELDS } from './grant-year-scope'
import { totals, type TRecipientFigures } from './summary'

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
  awards: { id: string; recipientName: string; amountOre: bigint; awardedOn: Date; decisionReference: string | null }[]
  /** The forum's decisions an award may follow (for those who decide; newest first). */
  decisions: { id: string; reference: string; text: string }[]
  awardedOre: bigint
  recipients: { id: string; name: string }[]
  /** Per recipient: allocated, awarded, spent, remaining, co-financing against the requirement. */
  figures: TRecipientFigures[]
  coFinancings: { id: string; ownerName: string; kind: CoFinancingKind; hoursCenti: number | null; hourlyRateOre: bigint | null; amountOre: bigint; description: string; removable: boolean }[]
  spendings: { id: string; recipientName: string; measureTitle: string | null; spentOn: Date; amountOre: bigint; description: string; removable: boolean }[]
  /** What the actor may report for (empty for those who only read, and on a closed year). */
  reporting: {
    owners: { id: string; name: string }[]
    recipients: { id: string; name: string }[]
    measures: { id: string; title: string }[]
  }
}

/** One grant year with its allocation table and awards, or null when the actor may not see it. */
export async function getGrantYear(db: Db, actor: Actor, grantYearId: string): Promise<TGrantYearDetail | null> {
  return readByIds(db, actor, 'read:funding', [grantYearId], async (tx) => {
    const year = await readYear(tx, actor, grantYearId)
    if (!year) return null
    const around = await readAround(tx, actor, year)
    const { manageable, recipients, figures, coFinancings, spendings, mine, measures, decisions } = around
    const rows = figures.get(year.id) ?? []
    const open = year.status !== 'CLOSED'
    const own = new Set(open ? mine.map((o) => o.id) : [])
    const reportFor = recipients.filter((r) => own.has(r.id))
    const canManage = manageable > 0
    const { partnership, allocations, awards, partnershipId: _partnershipId, ...settings } = year
    return {
      ...settings,
      partnershipName: partnership.name,
      canManage,
      allocations: allocations.map((a) => ({ id: a.id, ownerName: a.owner.name, computedOre: a.computedOre, adjustedOre: a.adjustedOre, adjustReason: a.adjustReason })),
      awards: awards.map((a) => ({ id: a.id, recipientName: a.recipient.name, amountOre: a.amountOre, awardedOn: a.awardedOn, decisionReference: a.decision?.reference ?? null })),
      decisions: canManage ? decisions : [],
      // Every award has a recipient row in the figures, so their sum is the year's total.
      awardedOre: totals(rows).awardedOre,
      recipients: canManage ? recipients.map((r) => ({ id: r.id, name: r.name })) : [],
      figures: rows,
      coFinancings: coFinancings.map(({ ownerId, owner, ...c }) => ({ ...c, ownerName: owner.name, removable: own.has(ownerId) })),
      spendings: spendings.map(({ recipientId, recipient, measure, ...x }) => ({ ...x, recipientName: recipient.name, measureTitle: measure?.title ?? null, removable: own.has(recipientId) })),
      reporting: {
        owners: reportFor.filter((r) => r.partnershipOwners.length > 0).map((r) => ({ id: r.id, name: r.name })),
        recipients: reportFor.map((r) => ({ id: r.id, name: r.name })),
        measures: own.size ? measures : [],
      },
    }
  })
}

/** The year itself, with its allocation table and awards, through the read scope. */
function readYear(tx: Tx, actor: Actor, grantYearId: string) {
  return tx.grantYear.findFirst({
    where: { id: grantYearId, partnership: fundingReadScope(actor) },
    select: {
      ...GRANT_YEAR_FIELDS,
      keyBasePerOwnerOre: true,
      keyFteWeight: true,
      keyPupilWeight: true,
      partnership: { select: { name: true } },
      allocations: {
        orderBy: { owner: { name: 'asc' } },
        select: { id: true, computedOre: true, adjustedOre: true, adjustReason: true, owner: { select: { name: true } } },
      },
      awards: {
        orderBy: { createdAt: 'asc' },
        take: 500,
        select: { id: true, amountOre: true, awardedOn: true, recipient: { select: { name: true } }, decision: { select: { reference: true } } },
      },
    },
  })
}

/** What the page shows around the year: recipients, figures, ledgers, and what the actor may decide or report for. Eight queries at once. */
async function readAround(tx: Tx, actor: Actor, year: { id: string; year: number; partnershipId: string; coFinancingBp: number }) {
  const [manageable, recipients, figures, coFinancings, spendings, mine, measures, decisions] = await Promise.all([
    tx.partnership.count({ where: { AND: [{ id: year.partnershipId }, fundingManageScope(actor)] } }),
    tx.organisation.findMany({
      where: awardRecipients(year.partnershipId),
      orderBy: { name: 'asc' },
      select: { id: true, name: true, partnershipOwners: { where: { partnershipId: year.partnershipId, leftOn: null }, select: { id: true } } },
    }),
    figuresForYears(tx, [year]),
    tx.coFinancing.findMany({
      where: { grantYearId: year.id },
      orderBy: [{ owner: { name: 'asc' } }, { createdAt: 'asc' }],
      take: 500,
      select: { id: true, ownerId: true, kind: true, hoursCenti: true, hourlyRateOre: true, amountOre: true, description: true, owner: { select: { name: true } } },
    }),
    tx.spending.findMany({
      where: { grantYearId: year.id },
      orderBy: [{ spentOn: 'desc' }, { createdAt: 'desc' }],
      take: 500,
      select: { id: true, recipientId: true, spentOn: true, amountOre: true, description: true, recipient: { select: { name: true } }, measure: { select: { title: true } } },
    }),
    // Note: what the actor reports for, among this partnership's recipients.
    tx.organisation.findMany({ where: { AND: [awardRecipients(year.partnershipId), fundingReportScope(actor)] }, select: { id: true } }),
    tx.measure.findMany({
      where: { partnershipId: year.partnershipId, status: { not: 'CANCELLED' } },
      orderBy: { title: 'asc' },
      take: 500,
      select: { id: true, title: true },
    }),
    tx.decision.findMany({ where: { partnershipId: year.partnershipId }, orderBy: { decidedOn: 'desc' }, take: 200, select: { id: true, reference: true, text: true } }),
  ])
  return { manageable, recipients, figures, coFinancings, spendings, mine, measures, decisions }
}
