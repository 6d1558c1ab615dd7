import { can, type Actor } from '@/server/authz/actor'
import { developmentManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields, ZCreateNetwork, type TNetworksResult } from './schemas'

/** The secretariat creates a learning network in its partnership. */
export async function createNetwork(db: Db, actor: Actor, input: unknown): Promise<TNetworksResult> {
  if (!can(actor, 'manage:development')) return { ok: false, error: 'forbidden' }
  const parsed = ZCreateNetwork.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const partnership = await tx.partnership.findFirst({ where: { AND: [{ id: d.partnershipId }, developmentManageScope(actor)] }, select: { id: true } })
    if (!partnership) return { ok: false, error: 'notFound', fields: ['partnershipId'] }
    if (await tx.network.count({ where: { partnershipId: partnership.id, name: { equals: d.name, mode: 'insensitive' } } })) return { ok: false, error: 'duplicate', fields: ['name'] }
    const network = await tx.network.create({ data: { partnershipId: partnership.id, name: d.name, type: d.type, description: d.description ?? null } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: partnership.id, action: 'network.create', entity: 'Network', entityId: network.id, data: { name: d.name, type: d.type } },
    })
    return { ok: true, done: 'networkCreated', id: network.id }
  })
}
