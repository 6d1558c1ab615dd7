import { isDatabaseError } from '@/server/db/errors'
import { withActorTenants } from '@/server/authz/tenants'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { withDatabaseFallback } from '@/server/usecase/database-fallback'
import { awardRecipients } from '@/features/funding/award-recipients'
import { grantYearFor } from '@/features/funding/grant-year-scope'
import { lockGrantYear } from '@/features/funding/lock-grant-year'
import { recipientFunds } from './settlement'
import { yearEndPage } from './year-end-page'
import { ZReallocate, type TYearEndResult } from './schemas'

/**
 * Omdisponering: county governor staff move unused money from one recipient to another of the same
 * partnership, in a year set to reallocate and still open (the receiver must be able to spend it).
 * The year's row is locked first, as for awards and spending, so two moves of the same money, or a
 * move and a spending report, queue; the database's trigger checks the same sum again. The total
 * awarded stays what the decisions said: a move changes who holds it, not how much there is.
 */
const reallocateInOneTransaction = defineUseCase(
  { name: 'year-end.reallocate', permission: 'manage:funding', input: ZReallocate, audit: 'reallocation.create', revalidate: yearEndPage },
  async ({ tx, actor, input: d, audit }): Promise<TYearEndResult> => {
    const year = await grantYearFor(tx, actor, d.grantYearId, 'manage')
    if (!year) return { ok: false, error: 'notFound' }
    // Note: the lock that makes the unused sum below safe under concurrency.
    if ((await lockGrantYear(tx, year.id, 'update')).status === 'CLOSED') return { ok: false, error: 'closed' }
    const { unusedMoney } = await tx.grantYear.findUniqueOrThrow({ where: { id: year.id }, select: { unusedMoney: true } })
    if (unusedMoney !== 'REALLOCATE') return { ok: false, error: 'repays' }
    if (d.fromRecipientId === d.toRecipientId) return { ok: false, error: 'sameRecipient', fields: ['toRecipientId'] }
    const both = await tx.organisation.findMany({ where: { AND: [{ id: { in: [d.fromRecipientId, d.toRecipientId] } }, awardRecipients(year.partnershipId)] }, select: { id: true } })
    if (!both.some((o) => o.id === d.fromRecipientId)) return { ok: false, error: 'notRecipient', fields: ['fromRecipientId'] }
    if (!both.some((o) => o.id === d.toRecipientId)) return { ok: false, error: 'notRecipient', fields: ['toRecipientId'] }
    const unused = await recipientFunds(tx, year.id, d.fromRecipientId)
    if (d.amount > unused) return { ok: false, error: 'overUnused', fields: ['amount'], values: { left: (unused > 0n ? unused : 0n).toString() } }

    const move = await tx.reallocation.create({
      data: { partnershipId: year.partnershipId, grantYearId: year.id, fromRecipientId: d.fromRecipientId, toRecipientId: d.toRecipientId, amountOre: d.amount, reason: d.reason, createdById: actor.userId },
    })
    await audit({
      entity: 'Reallocation',
      entityId: move.id,
      partnershipId: year.partnershipId,
      data: { grantYearId: year.id, fromRecipientId: d.fromRecipientId, toRecipientId: d.toRecipientId, amountOre: d.amount.toString(), reason: d.reason },
    })
    return { ok: true, done: 'reallocated', id: year.id }
  },
)

export const reallocate = withDatabaseFallback(reallocateInOneTransaction, async (error, d, db, actor): Promise<TYearEndResult | null> => {
  // The trigger's answer when the code's own check was passed some other way: say what is left now.
  if (!isDatabaseError(error, 'check')) return null
  const left = await withActorTenants(db, actor, (tx) => recipientFunds(tx, d.grantYearId, d.fromRecipientId))
  return { ok: false, error: 'overUnused', fields: ['amount'], values: { left: (left > 0n ? left : 0n).toString() } }
})
