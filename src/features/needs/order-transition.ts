import type { OrderStatus, Prisma } from '@/generated/prisma/client'
import type { Actor } from '@/server/authz/actor'
import { ownerReportScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'

/**
 * An order the actor writes for: one of its owners is an organisation the actor reports for
 * (whatever the id in the form says); null otherwise.
 */
export function findOwnOrder(tx: Tx, actor: Actor, orderId: string) {
  return tx.uhOrder.findFirst({ where: { id: orderId, owners: { some: { owner: ownerReportScope(actor) } } }, select: { id: true, partnershipId: true, offerHours: true } })
}

/**
 * Moves an order from one of `from` to the next status. The expected status is part of the
 * update's condition: PostgreSQL locks the row and checks the condition again on the row as it
 * is then, so of two clicks at once only one changes it; the other gets false.
 */
export async function moveOrder(tx: Tx, orderId: string, from: OrderStatus[], data: Prisma.UhOrderUpdateManyMutationInput): Promise<boolean> {
  const { count } = await tx.uhOrder.updateMany({ where: { id: orderId, status: { in: from } }, data })
  return count === 1
}
