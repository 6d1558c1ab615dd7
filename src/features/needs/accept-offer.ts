import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { moveOrder, ownOrder } from './order-transition'
import { invalidResult, ZOrderRef, type TNeedsResult } from './schemas'

/** The owner accepts the UH partner's offer: its hours, facilitators and the order's period become the agreed commitment. */
export async function acceptOffer(db: Db, actor: Actor, input: unknown): Promise<TNeedsResult> {
  if (!can(actor, 'report:needs')) return { ok: false, error: 'forbidden' }
  const parsed = ZOrderRef.safeParse(input)
  if (!parsed.success) return invalidResult(parsed.error)
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const order = await tx.uhOrder.findFirst({ where: ownOrder(actor, d.orderId), select: { id: true, partnershipId: true, offerHours: true } })
    if (!order) return { ok: false, error: 'notFound' }
    const agreedAt = new Date()
    if (!(await moveOrder(tx, order.id, ['OFFERED'], { status: 'AGREED', agreedAt }))) return { ok: false, error: 'wrongStatus' }
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: order.partnershipId, action: 'uh_order.accept', entity: 'UhOrder', entityId: order.id, data: { offerHours: order.offerHours, agreedAt: agreedAt.toISOString() } },
    })
    return { ok: true, done: 'offerAccepted', id: order.id }
  })
}
