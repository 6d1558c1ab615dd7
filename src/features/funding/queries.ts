import 'server-only'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { fundingManageScope, fundingReadScope, fundingReportScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { CoFinancingKind, GrantYearStatus } from '@/generated/prisma/enums'
import { awardRecipients } from './award-recipients'
import { figuresForYears } from './figures'
import { totals, type TFundingReport, type TRecipientFigures } from './summary'
import { isUuid } from '@/lib/uuid'


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
  requirePermission(actor, 'read:funding')
  if (!isUuid(grantYearId)) return null
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
        awards: {
          orderBy: { createdAt: 'asc' },
          take: 500,
          select: { id: true, amountOre: true, awardedOn: true, recipient: { select: { name: true } }, decision: { select: { reference: true } } },
        },
      },
    })
    if (!year) return null
    const reportScope = fundingReportScope(actor)
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
      tx.organisation.findMany({ where: { AND: [awardRecipients(year.partnershipId), reportScope] }, select: { id: true } }),
      tx.measure.findMany({
        where: { partnershipId: year.partnershipId, status: { not: 'CANCELLED' } },
        orderBy: { title: 'asc' },
        take: 500,
        select: { id: true, title: true },
      }),
      tx.decision.findMany({ where: { partnershipId: year.partnershipId }, orderBy: { decidedOn: 'desc' }, take: 200, select: { id: true, reference: true, text: true } }),
    ])
    const rows = figures.get(year.id) ?? []
    const open = year.status !== 'CLOSED'
    const own = new Set(open ? mine.map((o) => o.id) : [])
    const reportFor = recipients.filter((r) => own.has(r.id))
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
      awards: year.awards.map((a) => ({ id: a.id, recipientName: a.recipient.name, amountOre: a.amountOre, awardedOn: a.awardedOn, decisionReference: a.decision?.reference ?? null })),
      decisions: manageable > 0 ? decisions : [],
      // Every award has a recipient row in the figures, so their sum is the year's total.
      awardedOre: totals(rows).awardedOre,
      recipients: manageable > 0 ? recipients.map((r) => ({ id: r.id, name: r.name })) : [],
      figures: rows,
      coFinancings: coFinancings.map((c) => ({
        id: c.id,
        ownerName: c.owner.name,
        kind: c.kind,
        hoursCenti: c.hoursCenti,
        hourlyRateOre: c.hourlyRateOre,
        amountOre: c.amountOre,
        description: c.description,
        removable: own.has(c.ownerId),
      })),
      spendings: spendings.map((x) => ({
        id: x.id,
        recipientName: x.recipient.name,
        measureTitle: x.measure?.title ?? null,
        spentOn: x.spentOn,
        amountOre: x.amountOre,
        description: x.description,
        removable: own.has(x.recipientId),
      })),
      reporting: {
        owners: reportFor.filter((r) => r.partnershipOwners.length > 0).map((r) => ({ id: r.id, name: r.name })),
        recipients: reportFor.map((r) => ({ id: r.id, name: r.name })),
        measures: own.size ? measures : [],
      },
    }
  })
}

/**
 * The yearly financial report of a grant year, for the whole partnership or for one recipient
 * (owner or UH partner). Null when the actor may not see the year or the recipient has no part in it.
 */
export async function getFundingReport(db: Db, actor: Actor, grantYearId: string, recipientId: string | null): Promise<TFundingReport | null> {
  requirePermission(actor, 'read:funding')
  if (!isUuid(grantYearId) || (recipientId !== null && !isUuid(recipientId))) return null
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
        partnership: { select: { name: true, county: { select: { name: true } } } },
      },
    })
    if (!year) return null
    const only = recipientId ? { recipientId } : {}
    const [figures, awards, spendings, coFinancings] = await Promise.all([
      figuresForYears(tx, [year]),
      tx.award.findMany({ where: { grantYearId: year.id, ...only }, orderBy: [{ awardedOn: 'asc' }, { createdAt: 'asc' }], select: { awardedOn: true, amountOre: true, recipient: { select: { name: true } } } }),
      tx.spending.findMany({
        where: { grantYearId: year.id, ...only },
        orderBy: [{ spentOn: 'asc' }, { createdAt: 'asc' }],
        select: { spentOn: true, amountOre: true, description: true, recipient: { select: { name: true } }, measure: { select: { title: true } } },
      }),
      tx.coFinancing.findMany({
        where: { grantYearId: year.id, ...(recipientId ? { ownerId: recipientId } : {}) },
        orderBy: [{ owner: { name: 'asc' } }, { createdAt: 'asc' }],
        select: { kind: true, hoursCenti: true, hourlyRateOre: true, amountOre: true, description: true, owner: { select: { name: true } } },
      }),
    ])
    const rows = (figures.get(year.id) ?? []).filter((r) => !recipientId || r.recipientId === recipientId)
    if (recipientId && rows.length === 0) return null
    return {
      partnershipName: year.partnership.name,
      countyName: year.partnership.county.name,
      year: year.year,
      status: year.status,
      stateAmountOre: year.stateAmountOre,
      coFinancingBp: year.coFinancingBp,
      recipient: recipientId ? { id: recipientId, name: rows[0]!.recipientName } : null,
      generatedAt: new Date(),
      rows,
      awards: awards.map((a) => ({ recipientName: a.recipient.name, awardedOn: a.awardedOn, amountOre: a.amountOre })),
      spendings: spendings.map((x) => ({ recipientName: x.recipient.name, spentOn: x.spentOn, measureTitle: x.measure?.title ?? null, description: x.description, amountOre: x.amountOre })),
      coFinancings: coFinancings.map((c) => ({ ownerName: c.owner.name, kind: c.kind, hoursCenti: c.hoursCenti, hourlyRateOre: c.hourlyRateOre, description: c.description, amountOre: c.amountOre })),
    }
  })
}
