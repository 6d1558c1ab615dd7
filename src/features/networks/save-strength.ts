import { networkScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { ownMemberUnit } from './member-unit'
import { NETWORK_PAGE } from './paths'
import { ZSaveStrength, type TNetworksResult } from './schemas'

/** A unit's principal or head writes what the unit is good at, for the others in the network. */
export const saveStrength = defineUseCase(
  { name: 'networks.save-strength', permission: 'read:partnership', input: ZSaveStrength, audit: 'network.strength.save', revalidate: () => [NETWORK_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TNetworksResult> => {
    const network = await tx.network.findFirst({ where: { AND: [{ id: d.networkId }, networkScope(actor)] }, select: { id: true, partnershipId: true } })
    if (!network) return { ok: false, error: 'notFound' }
    const unit = await ownMemberUnit(tx, actor, network.id, d.unitId)
    if (!unit.ok) return unit
    const row = await tx.unitStrength.upsert({
      where: { networkId_unitId: { networkId: network.id, unitId: unit.unitId } },
      create: { partnershipId: network.partnershipId, networkId: network.id, unitId: unit.unitId, text: d.text, updatedById: actor.userId },
      update: { text: d.text, updatedById: actor.userId, updatedAt: new Date() },
    })
    await audit({ entity: 'UnitStrength', entityId: row.id, partnershipId: network.partnershipId, data: { networkId: network.id, unitId: unit.unitId } })
    return { ok: true, done: 'strengthSaved', id: network.id }
  },
)
