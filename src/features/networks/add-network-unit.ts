import { developmentManageScope, unitScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { NETWORK_PAGE } from './paths'
import { ZAddNetworkUnit, type TNetworksResult } from './schemas'

/** The secretariat adds a school or kindergarten of the partnership's owners to a network. */
export const addNetworkUnit = defineUseCase(
  { name: 'networks.add-network-unit', permission: 'manage:development', input: ZAddNetworkUnit, audit: 'network.unit.add', revalidate: () => [NETWORK_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TNetworksResult> => {
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
    await audit({ entity: 'NetworkUnit', entityId: row.id, partnershipId: network.partnershipId, data: { networkId: network.id, unitId: unit.id } })
    return { ok: true, done: 'unitAdded', id: network.id }
  },
)
