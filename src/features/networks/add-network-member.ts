import { can, type Actor } from '@/server/authz/actor'
import { developmentManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields, ZAddNetworkMember, type TNetworksResult } from './schemas'

/**
 * The secretariat adds a person to a network, or changes their role there (making them a
 * coordinator, for instance). The person must already have a user account: people come in through
 * memberships (/admin/medlemskap), never by typing a name here.
 */
export async function addNetworkMember(db: Db, actor: Actor, input: unknown): Promise<TNetworksResult> {
  if (!can(actor, 'manage:development')) return { ok: false, error: 'forbidden' }
  const parsed = ZAddNetworkMember.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const network = await tx.network.findFirst({ where: { id: d.networkId, partnership: developmentManageScope(actor) }, select: { id: true, partnershipId: true } })
    if (!network) return { ok: false, error: 'notFound' }
    const user = await tx.user.findFirst({ where: { email: { equals: d.email, mode: 'insensitive' }, disabledAt: null }, select: { id: true } })
    if (!user) return { ok: false, error: 'unknownPerson', fields: ['email'] }
    const before = await tx.networkMember.findUnique({ where: { networkId_userId: { networkId: network.id, userId: user.id } }, select: { role: true } })
    const row = await tx.networkMember.upsert({
      where: { networkId_userId: { networkId: network.id, userId: user.id } },
      create: { partnershipId: network.partnershipId, networkId: network.id, userId: user.id, role: d.role },
      update: { role: d.role },
    })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: network.partnershipId, action: 'network.member.save', entity: 'NetworkMember', entityId: row.id, data: { networkId: network.id, userId: user.id, role: d.role, before: before?.role ?? null } },
    })
    return { ok: true, done: 'memberSaved', id: network.id }
  })
}
