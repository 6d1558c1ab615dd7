import { developmentManageScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { auditData, resolveMeasure, writeMeasureLinks } from './measure-references'
import { ZUpdateMeasure, type TMeasuresResult } from './schemas'

/**
 * The secretariat changes a measure of its partnership. The form sends the whole measure, so the
 * units and facilitators are replaced by what was ticked, in the same transaction as the fields.
 */
// The types are spelt out: TypeScript does not infer the result type through `revalidate`'s parameter.
export const updateMeasure = defineUseCase<typeof ZUpdateMeasure, TMeasuresResult>(
  { name: 'measures.update-measure', permission: 'manage:development', input: ZUpdateMeasure, audit: 'measure.update', revalidate: (r) => [`/tiltak/${r.id}`] },
  async ({ tx, actor, input: { measureId, ...fields }, audit }): Promise<TMeasuresResult> => {
    const measure = await tx.measure.findFirst({ where: { id: measureId, partnership: developmentManageScope(actor) }, select: { id: true, partnershipId: true } })
    if (!measure) return { ok: false, error: 'notFound' }
    const resolved = await resolveMeasure(tx, measure.partnershipId, fields)
    if (!resolved.ok) return resolved
    await tx.measure.update({ where: { id: measure.id }, data: resolved.data })
    await tx.measureUnit.deleteMany({ where: { measureId: measure.id } })
    await tx.measureFacilitator.deleteMany({ where: { measureId: measure.id } })
    await writeMeasureLinks(tx, { partnershipId: measure.partnershipId, measureId: measure.id }, resolved)
    await audit({ entity: 'Measure', entityId: measure.id, partnershipId: measure.partnershipId, data: auditData(resolved.data, resolved.unitIds, resolved.facilitatorIds) })
    return { ok: true, done: 'measureUpdated', id: measure.id }
  },
)
