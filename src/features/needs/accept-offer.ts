import { defineUseCase } from '@/server/usecase/define-use-case'
import { findOwnOrder, moveOrder } from './order-transition'
import { invalidResult, orderPages, ZOrderRef, type TNeedsResult } from './schemas'

/** The owner accepts the UH partner's offer: its hours, facilitators and the order's period become the agreed commitment. */
export const acceptOffer = defineUseCase(
  { name: 'needs.accept-offer', permission: 'report:needs', input: ZOrderRef, audit: 'uh_order.accept', invalid: invalidResult, revalidate: orderPages },
  async ({ tx, actor, input: d, audit }): Promise<TNeedsResult> => {
    const order = await findOwnOrder(tx, actor, d.orderId)
    if (!order) return { ok: false, error: 'notFound' }
    const agreedAt = new Date()
    if (!(await moveOrder(tx, order.id, ['OFFERED'], { status: 'AGREED', agreedAt }))) return { ok: false, error: 'wrongStatus' }
    await audit({ entity: 'UhOrder', entityId: order.id, partnershipId: order.partnershipId, data: { offerHours: order.offerHours, agreedAt: agreedAt.toISOString() } })
    return { ok: true, done: 'offerAccepted', id: order.id }
  },
)
