import { orderAnswerScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { moveOrder } from './order-transition'
import { orderEmails } from './order-emails'
import { invalidResult, orderPages, ZAnswerOrder, type TNeedsResult } from './schemas'

/**
 * The UH partner answers a sent order with an offer (text, hours, facilitators); after the owner
 * declined an offer, it may offer again. The owner's people get an email.
 */
export const answerOrder = defineUseCase(
  { name: 'needs.answer-order', permission: 'serve:units', input: ZAnswerOrder, audit: 'uh_order.answer', invalid: invalidResult, revalidate: orderPages, sendsEmail: true },
  async ({ tx, actor, input: d, audit }): Promise<TNeedsResult> => {
    // Note: a draft is the owner's alone; the UH partner cannot reach it even by id.
    const order = await tx.uhOrder.findFirst({ where: { AND: [{ id: d.orderId }, orderAnswerScope(actor)] }, select: { id: true, partnershipId: true } })
    if (!order) return { ok: false, error: 'notFound' }
    const offeredAt = new Date()
    const offer = { offerText: d.offerText, offerHours: d.offerHours, offerFacilitators: d.offerFacilitators ?? null }
    // A new offer after a refusal: the refusal stays in the audit log, the order shows the new offer.
    const moved = await moveOrder(tx, order.id, ['SENT', 'DECLINED'], { ...offer, status: 'OFFERED', offeredAt, declinedAt: null, declineReason: null })
    if (!moved) return { ok: false, error: 'wrongStatus' }
    await orderEmails(tx, order.id, 'offered')
    await audit({ entity: 'UhOrder', entityId: order.id, partnershipId: order.partnershipId, data: { ...offer, offeredAt: offeredAt.toISOString() } })
    return { ok: true, done: 'orderAnswered', id: order.id }
  },
)
