import { can, type Actor } from '@/server/authz/actor'
import { developmentManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { auditData, resolveMeasure } from './measure-references'
import { invalidFields, ZCreateMeasure, type TMeasuresResult } from './schemas'

/**
 * The forum secretariat adds a measure to its partnership: fields, units and facilitators and the
 * audit row in one transaction, so a refused reference leaves nothing behind.
 */
export async function createMeasure(db: Db, actor: Actor, input: unknown): Promise<TMeasuresResult> {
  if (!can(actor, 'manage:development')) return { ok: false, error: 'forbidden' }
  const parsed = ZCreateMeasure.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const { partnershipId: asked, ...fields } = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const partnership = await tx.partnership.findFirst({ where: { AND: [{ id: asked }, developmentManageScope(actor)] }, select: { id: true } })
    if (!partnership) return { ok: false, error: 'notFound' }
    const resolved = await resolveMeasure(tx, partnership.id, fields)
    if (!resolved.ok) return resolved
    const measure = await tx.measure.create({ data: { ...resolved.data, partnershipId: partnership.id, createdById: actor.userId } })
    await tx.measureUnit.createMany({ data: resolved.unitIds.map((unitId) => ({ partnershipId: partnership.id, measureId: measure.id, unitId })) })
    await tx.measureFacilitator.createMany({ data: resolved.facilitatorIds.map((userId) => ({ partnershipId: partnership.id, measureId: measure.id, userId })) })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: partnership.id, action: 'measure.create', entity: 'Measure', entityId: measure.id, data: auditData(resolved.data, resolved.unitIds, resolved.facilitatorIds) },
    })
    return { ok: true, done: 'measureCreated', id: measure.id }
  })
}
