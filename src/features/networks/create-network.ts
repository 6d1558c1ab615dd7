import { developmentManageScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { NETWORKS_PAGE } from './paths'
import { ZCreateNetwork, type TNetworksResult } from './schemas'

/** The secretariat creates a learning network in its partnership. */
export const createNetwork = defineUseCase(
  { name: 'networks.create-network', permission: 'manage:development', input: ZCreateNetwork, audit: 'network.create', revalidate: () => [NETWORKS_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TNetworksResult> => {
    const partnership = await tx.partnership.findFirst({ where: { AND: [{ id: d.partnershipId }, developmentManageScope(actor)] }, select: { id: true } })
    if (!partnership) return { ok: false, error: 'notFound', fields: ['partnershipId'] }
    if (await tx.network.count({ where: { partnershipId: partnership.id, name: { equals: d.name, mode: 'insensitive' } } })) return { ok: false, error: 'duplicate', fields: ['name'] }
    const network = await tx.network.create({ data: { partnershipId: partnership.id, name: d.name, type: d.type, description: d.description ?? null } })
    await audit({ entity: 'Network', entityId: network.id, partnershipId: partnership.id, data: { name: d.name, type: d.type } })
    return { ok: true, done: 'networkCreated', id: network.id }
  },
)
