import { rolesAt } from '@/server/authz/permissions'
import { orderAssignScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { invalidResult, orderPages, ZOrderFacilitator, type TNeedsResult } from './schemas'

/**
 * The UH coordinator assigns one of its university's facilitators to a sent order. The
 * assignment is what gives the facilitator the order, its units and its partnership (ADR 025),
 * so it is written with its audit row, and only for a person who holds an active facilitator
 * membership at the order's own university.
 */
export const assignOrderFacilitator = defineUseCase(
  { name: 'needs.assign-order-facilitator', permission: 'serve:units', input: ZOrderFacilitator, invalid: invalidResult, audit: 'uh_order.facilitator.assign', revalidate: orderPages },
  async ({ tx, actor, input: d, audit }): Promise<TNeedsResult> => {
    const order = await tx.uhOrder.findFirst({ where: { AND: [{ id: d.orderId }, orderAssignScope(actor)] }, select: { id: true, partnershipId: true, universityId: true } })
    if (!order) return { ok: false, error: 'notFound' }
    const facilitator = await tx.membership.findFirst({
      where: { userId: d.userId, role: { in: rolesAt('facilitator') }, organisationId: order.universityId, endedAt: null, user: { disabledAt: null } },
      select: { id: true },
    })
    if (!facilitator) return { ok: false, error: 'notFacilitator', fields: ['userId'] }
    if (await tx.uhOrderFacilitator.count({ where: { orderId: order.id, userId: d.userId } })) return { ok: false, error: 'alreadyAssigned', fields: ['userId'] }
    const row = await tx.uhOrderFacilitator.create({ data: { partnershipId: order.partnershipId, orderId: order.id, userId: d.userId, assignedById: actor.userId }, select: { id: true } })
    await audit({ entity: 'UhOrderFacilitator', entityId: row.id, partnershipId: order.partnershipId, data: { orderId: order.id, userId: d.userId } })
    return { ok: true, done: 'facilitatorAssigned', id: order.id }
  },
)
