import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import type { OrderStatus } from '@/generated/prisma/enums'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { orderReadScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { deliveredHours } from './delivered-hours'
import { ownerContexts, type TOwnerContext } from './owner-contexts'

export interface TOrderRow {
  id: string
  title: string
  partnershipName: string
  universityName: string
  owners: string[]
  status: OrderStatus
  startsOn: Date
  endsOn: Date
  hoursRequested: number
  offerHours: number | null
  deliveredHours: number
}

export const orderRowSelect = {
  id: true,
  title: true,
  status: true,
  startsOn: true,
  endsOn: true,
  hoursRequested: true,
  offerHours: true,
  partnership: { select: { name: true } },
  university: { select: { name: true } },
  owners: { select: { owner: { select: { name: true } } } },
} as const

/** An order as the list shows it (and the order page above its own fields). */
export function orderRow(o: Prisma.UhOrderGetPayload<{ select: typeof orderRowSelect }>, delivered: Map<string, number>): TOrderRow {
  return {
    id: o.id,
    title: o.title,
    partnershipName: o.partnership.name,
    universityName: o.university.name,
    owners: o.owners.map((x) => x.owner.name).sort(),
    status: o.status,
    startsOn: o.startsOn,
    endsOn: o.endsOn,
    hoursRequested: o.hoursRequested,
    offerHours: o.offerHours,
    deliveredHours: delivered.get(o.id) ?? 0,
  }
}

export interface TOrdersOverview {
  orders: TOrderRow[]
  contexts: TOwnerContext[]
}

/** The orders the actor reads, with delivered hours, and where it may write new ones. */
export async function getOrders(db: Db, actor: Actor): Promise<TOrdersOverview> {
  requirePermission(actor, 'read:orders')
  return withActorTenants(db, actor, async (tx) => {
    const orders = await tx.uhOrder.findMany({ where: orderReadScope(actor), orderBy: [{ startsOn: 'desc' }, { title: 'asc' }], take: 300, select: orderRowSelect })
    const delivered = await deliveredHours(tx, orders.map((o) => o.id))
    return {
      orders: orders.map((o) => orderRow(o, delivered)),
      contexts: await ownerContexts(tx, actor),
    }
  })
}
