import { orderAssignScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { invalidResult, orderPages, ZOrderFacilitator, type TNeedsResult } from './schemas'

/** The UH coordinator removes a facilitator from an order; the facilitator's reach to it ends at once. */
export const removeOrderFacilitator = defineUseCase(
  { name: 'needs.remove-order-facilitator', permission: 'serve:units', input: ZOrderFacilitator, invalid: invalidResult, audit: 'uh_order.facilitator.remove', revalidate: orderPages },
  async ({ tx, actor, input: d, audit }): Promise<TNeedsResult> => {
    const row = await tx.uhOrderFacilitator.findFirst({ where: { orderId: d.orderId, userId: d.userId, order: orderAssignScope(actor) }, select: { id: true, partnershipId: true } })
    if (!row) return { ok: false, error: 'notFound' }
    await tx.uhOrderFacilitator.delete({ where: { id: row.id } })
    await audit({ entity: 'UhOrderFacilitator', entityId: row.id, partnershipId: row.partnershipId, data: { orderId: d.orderId, userId: d.userId } })
    return { ok: true, done: 'facilitatorRemoved', id: d.orderId }
  },
)
