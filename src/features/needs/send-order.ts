import { defineUseCase } from '@/server/usecase/define-use-case'
import { findOwnOrder, moveOrder } from './order-transition'
import { orderEmails } from './order-emails'
import { invalidResult, orderPages, ZOrderRef, type TNeedsResult } from './schemas'

/** Sends a draft order to the UH partner, who sees it from now on; its people get an email. */
export const sendOrder = defineUseCase(
  { name: 'needs.send-order', permission: 'report:needs', input: ZOrderRef, audit: 'uh_order.send', invalid: invalidResult, revalidate: orderPages, sendsEmail: true },
  async ({ tx, actor, input: d, audit }): Promise<TNeedsResult> => {
    const order = await findOwnOrder(tx, actor, d.orderId)
    if (!order) return { ok: false, error: 'notFound' }
    const sentAt = new Date()
    if (!(await moveOrder(tx, order.id, ['DRAFT'], { status: 'SENT', sentAt }))) return { ok: false, error: 'wrongStatus' }
    await orderEmails(tx, order.id, 'sent')
    await audit({ entity: 'UhOrder', entityId: order.id, partnershipId: order.partnershipId, data: { sentAt: sentAt.toISOString() } })
    return { ok: true, done: 'orderSent', id: order.id }
  },
)
