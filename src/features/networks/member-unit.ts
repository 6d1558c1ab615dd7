import type { Actor } from '@/server/authz/actor'
import { unitWorkScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'

/**
 * The unit a principal or head writes for in a network: it must be the actor's own unit
 * (unitWorkScope) and a member of the network. Hands in pre-work and strengths alike.
 *
 * Note: the unit id comes from the form, so both are checked here, never trusted.
 */
export async function ownMemberUnit(tx: Tx, actor: Actor, networkId: string, unitId: string): Promise<{ ok: true; unitId: string } | { ok: false; error: 'forbidden' | 'notMemberUnit' }> {
  const unit = await tx.unit.findFirst({ where: { AND: [{ id: unitId }, unitWorkScope(actor)] }, select: { id: true } })
  if (!unit) return { ok: false, error: 'forbidden' }
  if (!(await tx.networkUnit.count({ where: { networkId, unitId: unit.id } }))) return { ok: false, error: 'notMemberUnit' }
  return { ok: true, unitId: unit.id }
}
