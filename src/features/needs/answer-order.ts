import { can, type Actor } from '@/server/authz/actor'
import { universityServeScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { moveOrder } from './order-transition'
import { orderEmails } from './order-emails'
import { invalidResult, ZAnswerOrder, type TNeedsResult } from './schemas'

/**
 * The UH partner answers a sent order with an offer (text, hours, facilitators); after the owner
 * declined an offer, it may offer again. The owner's people get an email.
 */
export async function answerOrder(db: Db, actor: Actor, input: unknown): Promise<TNeedsResult> {
  if (!can(actor, 'serve:units')) return { ok: false, error: 'forbidden' }
  const parsed = ZAnswerOrder.safeParse(input)
  if (!parsed.success) return invalidResult(parsed.error)
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    // Note: a draft is the owner's alone; the UH partner cannot reach it even by id.
    const order = await tx.uhOrder.findFirst({ where: { id: d.orderId, status: { not: 'DRAFT' }, university: universityServeScope(actor) }, select: { id: true, partnershipId: true } })
    if (!order) return { ok: false, error: 'notFound' }
    const offeredAt = new Date()
    const offer = { offerText: d.offerText, offerHours: d.offerHours, offerFacilitators: d.offerFacilitators ?? null }
    // A new offer after a refusal: the refusal stays in the audit log, the order shows the new offer.
    const moved = await moveOrder(tx, order.id, ['SENT', 'DECLINED'], { ...offer, status: 'OFFERED', offeredAt, declinedAt: null, declineReason: null })
    if (!moved) return { ok: false, error: 'wrongStatus' }
    await orderEmails(tx, order.id, 'offered')
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: order.partnershipId, action: 'uh_order.answer', entity: 'UhOrder', entityId: order.id, data: { ...offer, offeredAt: offeredAt.toISOString() } },
    })
    return { ok: true, done: 'orderAnswered', id: order.id }
  })
}
