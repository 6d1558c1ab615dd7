import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { moveOrder, ownOrder } from './order-transition'
import { orderEmails } from './order-emails'
import { invalidResult, ZOrderRef, type TNeedsResult } from './schemas'

/** Sends a draft order to the UH partner, who sees it from now on; its people get an email. */
export async function sendOrder(db: Db, actor: Actor, input: unknown): Promise<TNeedsResult> {
  if (!can(actor, 'report:needs')) return { ok: false, error: 'forbidden' }
  const parsed = ZOrderRef.safeParse(input)
  if (!parsed.success) return invalidResult(parsed.error)
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const order = await tx.uhOrder.findFirst({ where: ownOrder(actor, d.orderId), select: { id: true, partnershipId: true } })
    if (!order) return { ok: false, error: 'notFound' }
    const sentAt = new Date()
    if (!(await moveOrder(tx, order.id, ['DRAFT'], { status: 'SENT', sentAt }))) return { ok: false, error: 'wrongStatus' }
    await orderEmails(tx, order.id, 'sent')
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: order.partnershipId, action: 'uh_order.send', entity: 'UhOrder', entityId: order.id, data: { sentAt: sentAt.toISOString() } },
    })
    return { ok: true, done: 'orderSent', id: order.id }
  })
}
