import 'server-only'
import { type Actor } from '@/server/authz/actor'
import { fundingReadScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { figuresForYears } from './figures'
import { GRANT_YEAR_FIELDS } from './grant-year-scope'
import type { TFundingReport } from './summary'

/**
 * The yearly financial report of a grant year, for the whole partnership or for one recipient
 * (owner or UH partner). Null when the actor may not see the year or the recipient has no part in it.
 */
export async function getFundingReport(db: Db, actor: Actor, grantYearId: string, recipientId: string | null): Promise<TFundingReport | null> {
  return readByIds(db, actor, 'read:funding', [grantYearId, recipientId], async (tx) => {
    const year = await tx.grantYear.findFirst({
      where: { id: grantYearId, partnership: fundingReadScope(actor) },
      select: {
        ...GRANT_YEAR_FIELDS,
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
