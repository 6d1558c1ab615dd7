import { can, type Actor } from '@/server/authz/actor'
import { developmentManageScope, unitScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields, ZAddNetworkUnit, type TNetworksResult } from './schemas'

/** The secretariat adds a school or kindergarten of the partnership's owners to a network. */
export async function addNetworkUnit(db: Db, actor: Actor, input: unknown): Promise<TNetworksResult> {
  if (!can(actor, 'manage:development')) return { ok: false, error: 'forbidden' }
  const parsed = ZAddNetworkUnit.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const network = await tx.network.findFirst({ where: { id: d.networkId, partnership: developmentManageScope(actor) }, select: { id: true, partnershipId: true } })
    if (!network) return { ok: false, error: 'notFound' }
    // Note: the unit id comes from the form; it must be a unit the actor sees, of an owner in this partnership now.
    const unit = await tx.unit.findFirst({
      where: { AND: [{ id: d.unitId, owner: { partnershipOwners: { some: { partnershipId: network.partnershipId, leftOn: null } } } }, unitScope(actor)] },
      select: { id: true, name: true },
    })
    if (!unit) return { ok: false, error: 'unitNotInPartnership', fields: ['unitId'] }
    if (await tx.networkUnit.count({ where: { networkId: network.id, unitId: unit.id } })) return { ok: false, error: 'duplicate', fields: ['unitId'] }
    const row = await tx.networkUnit.create({ data: { partnershipId: network.partnershipId, networkId: network.id, unitId: unit.id } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: network.partnershipId, action: 'network.unit.add', entity: 'NetworkUnit', entityId: row.id, data: { networkId: network.id, unitId: unit.id } },
    })
    return { ok: true, done: 'unitAdded', id: network.id }
  })
}
