import { defineUseCase } from '@/server/usecase/define-use-case'
import { reportingOwners, unitsOfOwners } from './owners'
import { invalidResult, orderPages, ZCreateOrder, type TNeedsResult } from './schemas'

/**
 * An owner (or several, jointly) writes an order (bestilling) to one of the partnership's UH
 * partners: what it asks for, for which units, in which period and how many hours. It stays a
 * draft, unseen by the UH partner, until it is sent.
 */
export const createOrder = defineUseCase(
  { name: 'needs.create-order', permission: 'report:needs', input: ZCreateOrder, audit: 'uh_order.create', invalid: invalidResult, revalidate: orderPages },
  async ({ tx, actor, input: d, audit }): Promise<TNeedsResult> => {
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
    await audit({
      entity: 'UhOrder',
      entityId: order.id,
      partnershipId: d.partnershipId,
      data: { universityId: d.universityId, title: d.title, hoursRequested: d.hoursRequested, startsOn: d.startsOn, endsOn: d.endsOn, ownerIds: owners.ownerIds, unitIds },
    })
    return { ok: true, done: 'orderCreated', id: order.id }
  },
)
