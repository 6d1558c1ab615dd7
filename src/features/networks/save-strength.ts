import { can, type Actor } from '@/server/authz/actor'
import { networkScope, unitWorkScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields, ZSaveStrength, type TNetworksResult } from './schemas'

/** A unit's principal or head writes what the unit is good at, for the others in the network. */
export async function saveStrength(db: Db, actor: Actor, input: unknown): Promise<TNetworksResult> {
  if (!can(actor, 'join:gatherings')) return { ok: false, error: 'forbidden' }
  const parsed = ZSaveStrength.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const network = await tx.network.findFirst({ where: { AND: [{ id: d.networkId }, networkScope(actor)] }, select: { id: true, partnershipId: true } })
    if (!network) return { ok: false, error: 'notFound' }
    // Note: the unit id comes from the form: the actor's own unit, and a member of this network.
    const unit = await tx.unit.findFirst({ where: { AND: [{ id: d.unitId }, unitWorkScope(actor)] }, select: { id: true } })
    if (!unit) return { ok: false, error: 'forbidden' }
    if (!(await tx.networkUnit.count({ where: { networkId: network.id, unitId: unit.id } }))) return { ok: false, error: 'notMemberUnit' }
    const row = await tx.unitStrength.upsert({
      where: { networkId_unitId: { networkId: network.id, unitId: unit.id } },
      create: { partnershipId: network.partnershipId, networkId: network.id, unitId: unit.id, text: d.text, updatedById: actor.userId },
      update: { text: d.text, updatedById: actor.userId, updatedAt: new Date() },
    })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: network.partnershipId, action: 'network.strength.save', entity: 'UnitStrength', entityId: row.id, data: { networkId: network.id, unitId: unit.id } },
    })
    return { ok: true, done: 'strengthSaved', id: network.id }
  })
}
