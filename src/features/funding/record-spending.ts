import { can, type Actor } from '@/server/authz/actor'
import { fundingReadScope, fundingReportScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { isDatabaseError } from '@/server/db/errors'
import { awardRecipients } from './award-recipients'
import { lockGrantYear } from './lock-grant-year'
import { invalidFields, ZRecordSpending, type TFundingResult } from './schemas'

/**
 * A school owner or UH partner reports state funds it has used, optionally on one of the
 * partnership's measures. Never more than it was awarded in the year: the grant year row is
 * locked before the sums are read (as for awards), and a trigger checks the same again.
 */
export async function recordSpending(db: Db, actor: Actor, input: unknown): Promise<TFundingResult> {
  if (!can(actor, 'report:funding')) return { ok: false, error: 'forbidden' }
  const parsed = ZRecordSpending.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  try {
    return await withActorTenants(db, actor, async (tx) => {
      const year = await tx.grantYear.findFirst({
        where: { id: d.grantYearId, partnership: fundingReadScope(actor) },
        select: { id: true, partnershipId: true },
      })
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
      const [awarded, spent] = await Promise.all([
        tx.award.aggregate({ where: { grantYearId: year.id, recipientId: recipient.id }, _sum: { amountOre: true } }),
        tx.spending.aggregate({ where: { grantYearId: year.id, recipientId: recipient.id }, _sum: { amountOre: true } }),
      ])
      const left = (awarded._sum.amountOre ?? 0n) - (spent._sum.amountOre ?? 0n)
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
      await tx.auditLog.create({
        data: {
          actorUserId: actor.userId,
          partnershipId: year.partnershipId,
          action: 'spending.create',
          entity: 'Spending',
          entityId: row.id,
          data: { grantYearId: year.id, recipientId: recipient.id, measureId: d.measureId ?? null, amountOre: d.amount.toString(), spentOn: d.spentOn },
        },
      })
      return { ok: true, done: 'spent', id: year.id }
    })
  } catch (e) {
    // The trigger's answer when the code's own check was passed some other way: say what is left now.
    if (isDatabaseError(e, 'check')) {
      const left = await withActorTenants(db, actor, async (tx) => {
        const where = { grantYearId: d.grantYearId, recipientId: d.recipientId }
        const [awarded, spent] = await Promise.all([tx.award.aggregate({ where, _sum: { amountOre: true } }), tx.spending.aggregate({ where, _sum: { amountOre: true } })])
        return (awarded._sum.amountOre ?? 0n) - (spent._sum.amountOre ?? 0n)
      })
      return { ok: false, error: 'overAwarded', fields: ['amount'], values: { left: left.toString() } }
    }
    throw e
  }
}
