import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { reportingOwners, unitsOfOwners } from './owners'
import { invalidResult, ZCreateOrder, type TNeedsResult } from './schemas'

/**
 * An owner (or several, jointly) writes an order (bestilling) to one of the partnership's UH
 * partners: what it asks for, for which units, in which period and how many hours. It stays a
 * draft, unseen by the UH partner, until it is sent.
 */
export async function createOrder(db: Db, actor: Actor, input: unknown): Promise<TNeedsResult> {
  if (!can(actor, 'report:needs')) return { ok: false, error: 'forbidden' }
  const parsed = ZCreateOrder.safeParse(input)
  if (!parsed.success) return invalidResult(parsed.error)
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const owners = await reportingOwners(tx, actor, d)
    if (!owners.ok) return { ok: false, error: owners.error, fields: owners.error === 'notOwner' ? ['coOwnerIds'] : [] }
    const partner = await tx.partnershipUniversity.count({ where: { partnershipId: d.partnershipId, universityId: d.universityId } })
    if (!partner) return { ok: false, error: 'notPartnerUniversity', fields: ['universityId'] }
    const unitIds = await unitsOfOwners(tx, d.unitIds, owners.ownerIds)
    if (!unitIds) return { ok: false, error: 'notUnitOfOwners', fields: ['unitIds'] }
    const base = { partnershipId: d.partnershipId }
    const order = await tx.uhOrder.create({
      data: {
        ...base,
        universityId: d.universityId,
        year: Number(d.startsOn.slice(0, 4)),
        title: d.title,
        description: d.description,
        themes: [...new Set(d.themes)],
        startsOn: new Date(d.startsOn),
        endsOn: new Date(d.endsOn),
        hoursRequested: d.hoursRequested,
        createdById: actor.userId,
        owners: { create: owners.ownerIds.map((ownerId) => ({ ...base, ownerId })) },
        units: { create: unitIds.map((unitId) => ({ ...base, unitId })) },
      },
    })
    await tx.auditLog.create({
      data: {
        actorUserId: actor.userId,
        partnershipId: d.partnershipId,
        action: 'uh_order.create',
        entity: 'UhOrder',
        entityId: order.id,
        data: { universityId: d.universityId, title: d.title, hoursRequested: d.hoursRequested, startsOn: d.startsOn, endsOn: d.endsOn, ownerIds: owners.ownerIds, unitIds },
      },
    })
    return { ok: true, done: 'orderCreated', id: order.id }
  })
}
