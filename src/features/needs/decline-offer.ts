import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { moveOrder, ownOrder } from './order-transition'
import { invalidResult, ZDeclineOffer, type TNeedsResult } from './schemas'

/** The owner declines the offer with a reason; the UH partner may then make a new one. */
export async function declineOffer(db: Db, actor: Actor, input: unknown): Promise<TNeedsResult> {
  if (!can(actor, 'report:needs')) return { ok: false, error: 'forbidden' }
  const parsed = ZDeclineOffer.safeParse(input)
  if (!parsed.success) return invalidResult(parsed.error)
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const order = await tx.uhOrder.findFirst({ where: ownOrder(actor, d.orderId), select: { id: true, partnershipId: true } })
    if (!order) return { ok: false, error: 'notFound' }
    const declinedAt = new Date()
    if (!(await moveOrder(tx, order.id, ['OFFERED'], { status: 'DECLINED', declinedAt, declineReason: d.declineReason }))) return { ok: false, error: 'wrongStatus' }
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: order.partnershipId, action: 'uh_order.decline', entity: 'UhOrder', entityId: order.id, data: { declineReason: d.declineReason, declinedAt: declinedAt.toISOString() } },
    })
    return { ok: true, done: 'offerDeclined', id: order.id }
  })
}
