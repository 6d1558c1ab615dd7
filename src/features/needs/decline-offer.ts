import { defineUseCase } from '@/server/usecase/define-use-case'
import { findOwnOrder, moveOrder } from './order-transition'
import { invalidResult, orderPages, ZDeclineOffer, type TNeedsResult } from './schemas'

/** The owner declines the offer with a reason; the UH partner may then make a new one. */
export const declineOffer = defineUseCase(
  { name: 'needs.decline-offer', permission: 'report:needs', input: ZDeclineOffer, audit: 'uh_order.decline', invalid: invalidResult, revalidate: orderPages },
  async ({ tx, actor, input: d, audit }): Promise<TNeedsResult> => {
    const order = await findOwnOrder(tx, actor, d.orderId)
    if (!order) return { ok: false, error: 'notFound' }
    const declinedAt = new Date()
    if (!(await moveOrder(tx, order.id, ['OFFERED'], { status: 'DECLINED', declinedAt, declineReason: d.declineReason }))) return { ok: false, error: 'wrongStatus' }
    await audit({ entity: 'UhOrder', entityId: order.id, partnershipId: order.partnershipId, data: { declineReason: d.declineReason, declinedAt: declinedAt.toISOString() } })
    return { ok: true, done: 'offerDeclined', id: order.id }
  },
)
