import { fundingReportScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { grantYearFor, grantYearPage } from './grant-year-scope'
import { lockGrantYear } from './lock-grant-year'
import { staffTimeOre } from './summary'
import { ZRecordCoFinancing, type TFundingResult } from './schemas'

/**
 * A school owner records its own contribution (egenandel) to a grant year: money, or released
 * staff time turned into money at an hourly cost. Only for its own organisation, and only while
 * the year is not closed.
 */
export const recordCoFinancing = defineUseCase(
  { name: 'funding.record-co-financing', permission: 'report:funding', input: ZRecordCoFinancing, audit: 'co_financing.create', revalidate: grantYearPage },
  async ({ tx, actor, input: d, audit }): Promise<TFundingResult> => {
    const year = await grantYearFor(tx, actor, d.grantYearId, 'report')
    if (!year) return { ok: false, error: 'notFound' }
    if ((await lockGrantYear(tx, year.id, 'share')).status === 'CLOSED') return { ok: false, error: 'closed' }
    const owner = await tx.organisation.findFirst({ where: { AND: [{ id: d.ownerId }, fundingReportScope(actor)] }, select: { id: true } })
    if (!owner) return { ok: false, error: 'notFound', fields: ['ownerId'] }
    const takesPart = await tx.partnershipOwner.count({ where: { partnershipId: year.partnershipId, ownerId: owner.id, leftOn: null } })
    if (!takesPart) return { ok: false, error: 'notOwner', fields: ['ownerId'] }

    const staff = d.kind === 'STAFF_TIME' ? { hoursCenti: d.hours, hourlyRateOre: d.hourlyRate } : null
    const amountOre = d.kind === 'MONEY' ? d.amount : staffTimeOre(d.hours, d.hourlyRate)
    const row = await tx.coFinancing.create({
      data: {
        partnershipId: year.partnershipId,
        grantYearId: year.id,
        ownerId: owner.id,
        kind: d.kind,
        hoursCenti: staff?.hoursCenti ?? null,
        hourlyRateOre: staff?.hourlyRateOre ?? null,
        amountOre,
        description: d.description,
        createdById: actor.userId,
      },
    })
    await audit({
      entity: 'CoFinancing',
      entityId: row.id,
      partnershipId: year.partnershipId,
      data: { grantYearId: year.id, ownerId: owner.id, kind: d.kind, amountOre: amountOre.toString(), hoursCenti: staff?.hoursCenti ?? null },
    })
    return { ok: true, done: 'coFinanced', id: year.id }
  },
)
