import { developmentManageScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { NETWORK_PAGE } from './paths'
import { ZAddNetworkMember, type TNetworksResult } from './schemas'

/**
 * The secretariat adds a person to a network, or changes their role there (making them a
 * coordinator, for instance). The person must already have a user account: people come in through
 * memberships (/admin/medlemskap), never by typing a name here.
 */
export const addNetworkMember = defineUseCase(
  { name: 'networks.add-network-member', permission: 'manage:development', input: ZAddNetworkMember, audit: 'network.member.save', revalidate: () => [NETWORK_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TNetworksResult> => {
    const network = await tx.network.findFirst({ where: { id: d.networkId, partnership: developmentManageScope(actor) }, select: { id: true, partnershipId: true } })
    if (!network) return { ok: false, error: 'notFound' }
    const user = await tx.user.findFirst({ where: { email: { equals: d.email, mode: 'insensitive' }, disabledAt: null }, select: { id: true } })
    if (!user) return { ok: false, error: 'unknownPerson', fields: ['email'] }
    const key = { networkId_userId: { networkId: network.id, userId: user.id } }
    const before = await tx.networkMember.findUnique({ where: key, select: { role: true } })
    const row = await tx.networkMember.upsert({
      where: key,
      create: { partnershipId: network.partnershipId, networkId: network.id, userId: user.id, role: d.role },
      update: { role: d.role },
    })
    await audit({ entity: 'NetworkMember', entityId: row.id, partnershipId: network.partnershipId, data: { networkId: network.id, userId: user.id, role: d.role, before: before?.role ?? null } })
    return { ok: true, done: 'memberSaved', id: network.id }
  },
)
