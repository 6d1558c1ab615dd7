import { isDatabaseError } from '@/server/db/errors'
import { withActorTenants } from '@/server/authz/tenants'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { awardRecipients } from './award-recipients'
import { withDatabaseFallback } from '@/server/usecase/database-fallback'
import { grantYearFor } from './grant-year-scope'
import { lockGrantYear } from './lock-grant-year'
import { ZCreateAward, type TFundingResult } from './schemas'

/**
 * An award (tilsagn) to a school owner or UH partner of the partnership, within what is left of
 * the grant year's state amount. The grant year row is locked first, so parallel awards queue and
 * none can pass the budget together; a database trigger checks the same again. A submission
 * repeated with the same idempotency key returns the first award and writes nothing.
 */
const awardInOneTransaction = defineUseCase(
  {
    name: 'funding.create-award',
    permission: 'manage:funding',
    input: ZCreateAward,
    audit: 'award.create',
    // The result carries the award's id, not the year's: every grant year page is refreshed.
    revalidate: () => ['/okonomi/[grantYearId]'],
  },
  async ({ tx, actor, input: d, audit, unchanged }): Promise<TFundingResult> => {
    const year = await grantYearFor(tx, actor, d.grantYearId, 'manage')
    if (!year) return { ok: false, error: 'notFound' }
    // Note: the lock that makes the budget check below safe under concurrency.
    const locked = await lockGrantYear(tx, year.id, 'update')
    const repeated = await tx.award.findUnique({ where: { idempotencyKey: d.idempotencyKey }, select: { id: true, grantYearId: true } })
    if (repeated) {
      if (repeated.grantYearId !== year.id) return { ok: false, error: 'invalid', fields: ['idempotencyKey'] }
      unchanged()
      return { ok: true, done: 'awarded', id: repeated.id, repeated: true }
    }
    if (locked.status === 'CLOSED') return { ok: false, error: 'closed' }

    const recipient = await tx.organisation.findFirst({ where: { AND: [{ id: d.recipientId }, awardRecipients(year.partnershipId)] }, select: { id: true } })
    if (!recipient) return { ok: false, error: 'notRecipient', fields: ['recipientId'] }
    if (d.decisionId) {
      const decision = await tx.decision.count({ where: { id: d.decisionId, partnershipId: year.partnershipId } })
      if (!decision) return { ok: false, error: 'notFound', fields: ['decisionId'] }
    }
    const awarded = await tx.award.aggregate({ where: { grantYearId: year.id }, _sum: { amountOre: true } })
    const left = locked.stateAmountOre - (awarded._sum.amountOre ?? 0n)
    if (d.amount > left) return { ok: false, error: 'overBudget', fields: ['amount'], values: { left: left.toString() } }

    const award = await tx.award.create({
      data: {
        partnershipId: year.partnershipId,
        grantYearId: year.id,
        recipientId: recipient.id,
        decisionId: d.decisionId ?? null,
        amountOre: d.amount,
        awardedOn: d.awardedOn ? new Date(d.awardedOn) : new Date(),
        idempotencyKey: d.idempotencyKey,
      },
    })
    await audit({
      entity: 'Award',
      entityId: award.id,
      partnershipId: year.partnershipId,
      data: { grantYearId: year.id, recipientId: recipient.id, amountOre: d.amount.toString(), decisionId: d.decisionId ?? null },
    })
    return { ok: true, done: 'awarded', id: award.id }
  },
)

export const createAward = withDatabaseFallback(awardInOneTransaction, async (error, d, db, actor): Promise<TFundingResult | null> => {
  // Only reached when two submissions with one key race past the lookup: the first one won.
  if (isDatabaseError(error, 'unique')) {
    const first = await withActorTenants(db, actor, (tx) => tx.award.findUnique({ where: { idempotencyKey: d.idempotencyKey }, select: { id: true } }))
    if (first) return { ok: true, done: 'awarded', id: first.id, repeated: true }
  }
  if (isDatabaseError(error, 'check')) return { ok: false, error: 'overBudget', fields: ['amount'] }
  return null
})
