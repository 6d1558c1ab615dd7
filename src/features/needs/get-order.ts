import 'server-only'
import type { Theme } from '@/generated/prisma/enums'
import { can, type Actor } from '@/server/authz/actor'
import { orderReadScope, universityServeScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { deliveredHours } from './delivered-hours'
import { orderRow, orderRowSelect, type TOrderRow } from './get-orders'
import { writesForAny } from './owners'

export interface TOrderDetail extends TOrderRow {
  description: string
  themes: Theme[]
  units: string[]
  sentAt: Date | null
  offerText: string | null
  offerFacilitators: string | null
  offeredAt: Date | null
  agreedAt: Date | null
  declinedAt: Date | null
  declineReason: string | null
  visits: number
  /** The actor writes for one of the order's owners (sends it, answers the offer). */
  canOwn: boolean
  /** The actor answers for the order's university. */
  canAnswer: boolean
}

/** One order, or null when the actor may not read it (a UH partner never reaches a draft). */
export async function getOrder(db: Db, actor: Actor, orderId: string): Promise<TOrderDetail | null> {
  return readByIds(db, actor, 'read:orders', [orderId], async (tx) => {
    const order = await tx.uhOrder.findFirst({
      where: { AND: [{ id: orderId }, orderReadScope(actor)] },
      select: {
        ...orderRowSelect,
        description: true,
        themes: true,
        sentAt: true,
        offerText: true,
        offerFacilitators: true,
        offeredAt: true,
        agreedAt: true,
        declinedAt: true,
        declineReason: true,
        universityId: true,
        owners: { select: { ownerId: true, owner: { select: { name: true } } } },
        units: { select: { unit: { select: { name: true } } } },
        _count: { select: { visits: true } },
      },
    })
    if (!order) return null
    const [owned, serving, delivered] = await Promise.all([
      writesForAny(tx, actor, order.owners.map((o) => o.ownerId)),
      can(actor, 'serve:units') ? tx.organisation.count({ where: { AND: [{ id: order.universityId }, universityServeScope(actor)] } }) : 0,
      deliveredHours(tx, [order.id]),
    ])
    return {
      ...orderRow(order, delivered),
      description: order.description,
      themes: order.themes,
      units: order.units.map((u) => u.unit.name).sort(),
      sentAt: order.sentAt,
      offerText: order.offerText,
      offerFacilitators: order.offerFacilitators,
      offeredAt: order.offeredAt,
      agreedAt: order.agreedAt,
      declinedAt: order.declinedAt,
      declineReason: order.declineReason,
      visits: order._count.visits,
      canOwn: owned,
      canAnswer: serving > 0 && order.status !== 'DRAFT',
    }
  })
}
