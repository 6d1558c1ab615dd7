import { can, type Actor } from '@/server/authz/actor'
import { fundingManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { isDatabaseError } from '@/server/db/errors'
import { awardRecipients } from './award-recipients'
import { lockGrantYear } from './lock-grant-year'
import { invalidFields, ZCreateAward, type TFundingResult } from './schemas'

/**
 * An award (tilsagn) to a school owner or UH partner of the partnership, within what is left of
 * the grant year's state amount. The grant year row is locked first, so parallel awards queue and
 * none can pass the budget together; a database trigger checks the same again. A submission
 * repeated with the same idempotency key returns the first award and writes nothing.
 */
export async function createAward(db: Db, actor: Actor, input: unknown): Promise<TFundingResult> {
  if (!can(actor, 'manage:funding')) return { ok: false, error: 'forbidden' }
  const parsed = ZCreateAward.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  try {
    return await withActorTenants(db, actor, async (tx) => {
      const year = await tx.grantYear.findFirst({
        where: { id: d.grantYearId, partnership: fundingManageScope(actor) },
        select: { id: true, partnershipId: true },
      })
      if (!year) return { ok: false, error: 'notFound' }
      // Note: the lock that makes the budget check below safe under concurrency.
      const locked = await lockGrantYear(tx, year.id, 'update')
      const repeated = await tx.award.findUnique({ where: { idempotencyKey: d.idempotencyKey }, select: { id: true, grantYearId: true } })
      if (repeated) return repeated.grantYearId === year.id ? { ok: true, done: 'awarded', id: repeated.id, repeated: true } : { ok: false, error: 'invalid', fields: ['idempotencyKey'] }
      if (locked.status === 'CLOSED') return { ok: false, error: 'closed' }

      const recipient = await tx.organisation.findFirst({
        where: { AND: [{ id: d.recipientId }, awardRecipients(year.partnershipId)] },
        select: { id: true },
      })
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
      await tx.auditLog.create({
        data: {
          actorUserId: actor.userId,
          partnershipId: year.partnershipId,
          action: 'award.create',
          entity: 'Award',
          entityId: award.id,
          data: { grantYearId: year.id, recipientId: recipient.id, amountOre: d.amount.toString(), decisionId: d.decisionId ?? null },
        },
      })
      return { ok: true, done: 'awarded', id: award.id }
    })
  } catch (e) {
    // Only reached when two submissions with one key race past the lookup: the first one won.
    if (isDatabaseError(e, 'unique')) {
      const first = await withActorTenants(db, actor, (tx) => tx.award.findUnique({ where: { idempotencyKey: d.idempotencyKey }, select: { id: true } }))
      if (first) return { ok: true, done: 'awarded', id: first.id, repeated: true }
    }
    if (isDatabaseError(e, 'check')) return { ok: false, error: 'overBudget', fields: ['amount'] }
    throw e
  }
}
