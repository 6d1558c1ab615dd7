import { fundingReportScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import { isDatabaseError } from '@/server/db/errors'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { recipientFunds } from '@/features/year-end/settlement'
import { awardRecipients } from './award-recipients'
import { withDatabaseFallback } from '@/server/usecase/database-fallback'
import { grantYearFor, grantYearPage } from './grant-year-scope'
import { lockGrantYear } from './lock-grant-year'
import { ZRecordSpending, type TFundingResult } from './schemas'

/**
 * A school owner or UH partner reports state funds it has used, optionally on one of the
 * partnership's measures. Never more than it was awarded in the year: the grant year row is
 * locked before the sums are read (as for awards), and a trigger checks the same again.
 */
const spendingInOneTransaction = defineUseCase(
  { name: 'funding.record-spending', permission: 'report:funding', input: ZRecordSpending, audit: 'spending.create', revalidate: grantYearPage },
  async ({ tx, actor, input: d, audit }): Promise<TFundingResult> => {
    const year = await grantYearFor(tx, actor, d.grantYearId, 'report')
    if (!year) return { ok: false, error: 'notFound' }
    // Note: the lock that makes the check against the award safe under concurrency.
    if ((await lockGrantYear(tx, year.id, 'update')).status === 'CLOSED') return { ok: false, error: 'closed' }
    const recipient = await tx.organisation.findFirst({
      where: { AND: [{ id: d.recipientId }, fundingReportScope(actor), awardRecipients(year.partnershipId)] },
      select: { id: true },
    })
    if (!recipient) return { ok: false, error: 'notFound', fields: ['recipientId'] }
    if (d.measureId) {
      // Any of the partnership's measures: a measure often runs over more than one grant year.
      const measure = await tx.measure.count({ where: { id: d.measureId, partnershipId: year.partnershipId } })
      if (!measure) return { ok: false, error: 'notFound', fields: ['measureId'] }
    }
    const left = await recipientFunds(tx, year.id, recipient.id)
    if (d.amount > left) return { ok: false, error: 'overAwarded', fields: ['amount'], values: { left: left.toString() } }

    const row = await tx.spending.create({
      data: {
        partnershipId: year.partnershipId,
        grantYearId: year.id,
        recipientId: recipient.id,
        measureId: d.measureId ?? null,
        amountOre: d.amount,
        spentOn: new Date(d.spentOn),
        description: d.description,
        createdById: actor.userId,
      },
    })
    await audit({
      entity: 'Spending',
      entityId: row.id,
      partnershipId: year.partnershipId,
      data: { grantYearId: year.id, recipientId: recipient.id, measureId: d.measureId ?? null, amountOre: d.amount.toString(), spentOn: d.spentOn },
    })
    return { ok: true, done: 'spent', id: year.id }
  },
)

export const recordSpending = withDatabaseFallback(spendingInOneTransaction, async (error, d, db, actor): Promise<TFundingResult | null> => {
  // The trigger's answer when the code's own check was passed some other way: say what is left now.
  if (!isDatabaseError(error, 'check')) return null
  const left = await withActorTenants(db, actor, (tx) => recipientFunds(tx, d.grantYearId, d.recipientId))
  return { ok: false, error: 'overAwarded', fields: ['amount'], values: { left: left.toString() } }
})
