import { can, type Actor } from '@/server/authz/actor'
import { developmentManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { auditData, resolveMeasure } from './measure-references'
import { invalidFields, ZUpdateMeasure, type TMeasuresResult } from './schemas'

/**
 * The secretariat changes a measure of its partnership. The form sends the whole measure, so the
 * units and facilitators are replaced by what was ticked, in the same transaction as the fields.
 */
export async function updateMeasure(db: Db, actor: Actor, input: unknown): Promise<TMeasuresResult> {
  if (!can(actor, 'manage:development')) return { ok: false, error: 'forbidden' }
  const parsed = ZUpdateMeasure.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const { measureId, ...fields } = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const measure = await tx.measure.findFirst({ where: { id: measureId, partnership: developmentManageScope(actor) }, select: { id: true, partnershipId: true } })
    if (!measure) return { ok: false, error: 'notFound' }
    const resolved = await resolveMeasure(tx, measure.partnershipId, fields)
    if (!resolved.ok) return resolved
    await tx.measure.update({ where: { id: measure.id }, data: resolved.data })
    await tx.measureUnit.deleteMany({ where: { measureId: measure.id } })
    await tx.measureUnit.createMany({ data: resolved.unitIds.map((unitId) => ({ partnershipId: measure.partnershipId, measureId: measure.id, unitId })) })
    await tx.measureFacilitator.deleteMany({ where: { measureId: measure.id } })
    await tx.measureFacilitator.createMany({ data: resolved.facilitatorIds.map((userId) => ({ partnershipId: measure.partnershipId, measureId: measure.id, userId })) })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: measure.partnershipId, action: 'measure.update', entity: 'Measure', entityId: measure.id, data: auditData(resolved.data, resolved.unitIds, resolved.facilitatorIds) },
    })
    return { ok: true, done: 'measureUpdated', id: measure.id }
  })
}
