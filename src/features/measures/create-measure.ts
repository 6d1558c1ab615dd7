import { defineUseCase } from '@/server/usecase/define-use-case'
import { auditData, resolveMeasure, writeMeasureLinks } from './measure-references'
import { managedPartnership } from './row-access'
import { ZCreateMeasure, type TMeasuresResult } from './schemas'

/**
 * The forum secretariat adds a measure to its partnership: fields, units and facilitators and the
 * audit row in one transaction, so a refused reference leaves nothing behind.
 */
export const createMeasure = defineUseCase(
  { name: 'measures.create-measure', permission: 'manage:development', input: ZCreateMeasure, audit: 'measure.create', revalidate: () => ['/tiltak'] },
  async ({ tx, actor, input: { partnershipId: asked, ...fields }, audit }): Promise<TMeasuresResult> => {
    const partnership = await managedPartnership(tx, actor, asked)
    if (!partnership) return { ok: false, error: 'notFound' }
    const resolved = await resolveMeasure(tx, partnership.id, fields)
    if (!resolved.ok) return resolved
    const measure = await tx.measure.create({ data: { ...resolved.data, partnershipId: partnership.id, createdById: actor.userId } })
    await writeMeasureLinks(tx, { partnershipId: partnership.id, measureId: measure.id }, resolved)
    await audit({ entity: 'Measure', entityId: measure.id, partnershipId: partnership.id, data: auditData(resolved.data, resolved.unitIds, resolved.facilitatorIds) })
    return { ok: true, done: 'measureCreated', id: measure.id }
  },
)
