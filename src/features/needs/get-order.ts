import 'server-only'
import type { Theme } from '@/generated/prisma/enums'
import { can, type Actor } from '@/server/authz/actor'
import { rolesAt } from '@/server/authz/permissions'
import { orderAnswerScope, orderAssignScope, orderReadScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Tx } from '@/server/db/tenant'
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
  /** The actor answers for the order's university: its coordinator, or a facilitator assigned to it. */
  canAnswer: boolean
  /** The UH facilitators assigned to the order. */
  facilitators: { userId: string; name: string }[]
  /** The actor is the university's coordinator, who assigns facilitators. */
  canAssign: boolean
  /** For the university's coordinator: the facilitators it may still assign (empty for anyone else). */
  assignable: { userId: string; name: string }[]
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
        facilitators: { orderBy: { user: { name: 'asc' } }, select: { userId: true, user: { select: { name: true } } } },
        _count: { select: { visits: true } },
      },
    })
    if (!order) return null
    const serves = can(actor, 'serve:units')
    const [owned, answering, assigning, delivered] = await Promise.all([
      writesForAny(tx, actor, order.owners.map((o) => o.ownerId)),
      serves ? tx.uhOrder.count({ where: { AND: [{ id: order.id }, orderAnswerScope(actor)] } }) : 0,
      serves ? tx.uhOrder.count({ where: { AND: [{ id: order.id }, orderAssignScope(actor)] } }) : 0,
      deliveredHours(tx, [order.id]),
    ])
    const facilitators = order.facilitators.map((f) => ({ userId: f.userId, name: f.user.name }))
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
      canAnswer: answering > 0 && order.status !== 'DRAFT',
      facilitators,
      canAssign: assigning > 0,
      assignable: assigning > 0 ? await assignableFacilitators(tx, order.universityId, facilitators) : [],
    }
  })
}

/** The university's facilitators (active memberships) not yet on the order. */
async function assignableFacilitators(tx: Tx, universityId: string, assigned: { userId: string }[]) {
  const rows = await tx.membership.findMany({
    where: { role: { in: rolesAt('facilitator') }, organisationId: universityId, endedAt: null, user: { disabledAt: null }, userId: { notIn: assigned.map((a) => a.userId) } },
    orderBy: { user: { name: 'asc' } },
    distinct: ['userId'],
    take: 500,
    select: { userId: true, user: { select: { name: true } } },
  })
  return rows.map((r) => ({ userId: r.userId, name: r.user.name }))
}
