import { osloDay } from '@/lib/oslo-time'
import type { Actor } from '@/server/authz/actor'
import { orderAnswerScope, unitServeScope, universityServeScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { ZLogVisit, type TMeasuresResult } from './schemas'

/** The unit the actor's university serves, and the partnership where its owner takes part and that university serves; null when none. */
async function servedUnit(tx: Tx, actor: Actor, unitId: string) {
  const unit = await tx.unit.findFirst({ where: { AND: [{ id: unitId }, unitServeScope(actor)] }, select: { id: true, ownerId: true } })
  const served = unit
    ? await tx.partnershipUniversity.findFirst({
        where: { partnership: { owners: { some: { ownerId: unit.ownerId, leftOn: null } } }, university: universityServeScope(actor) },
        orderBy: { id: 'asc' },
        select: { partnershipId: true, universityId: true },
      })
    : null
  return unit && served ? { unitId: unit.id, ...served } : null
}

/**
 * The UH partner logs a visit or supervision meeting at a unit it serves, with notes the unit and
 * its owner read. Optionally tied to an agreed order of the university and a measure, both in the
 * unit's partnership.
 */
export const logVisit = defineUseCase(
  { name: 'measures.log-visit', permission: 'serve:units', input: ZLogVisit, audit: 'visit.log', revalidate: () => ['/besok'] },
  async ({ tx, actor, input: d, audit }): Promise<TMeasuresResult> => {
    const durationMinutes = d.hours * 60 + d.minutes
    if (durationMinutes < 1 || durationMinutes > 24 * 60) return { ok: false, error: 'duration', fields: ['hours'] }
    if (new Date(d.visitedOn) > osloDay(new Date())) return { ok: false, error: 'futureDate', fields: ['visitedOn'] }
    const served = await servedUnit(tx, actor, d.unitId)
    if (!served) return { ok: false, error: 'notFound', fields: ['unitId'] }
    const [order, measure] = await Promise.all([
      d.orderId ? tx.uhOrder.findFirst({ where: { AND: [{ id: d.orderId, partnershipId: served.partnershipId, universityId: served.universityId, status: 'AGREED' }, orderAnswerScope(actor)] }, select: { id: true } }) : null,
      d.measureId ? tx.measure.findFirst({ where: { id: d.measureId, partnershipId: served.partnershipId }, select: { id: true } }) : null,
    ])
    if (d.orderId && !order) return { ok: false, error: 'unknownOrder', fields: ['orderId'] }
    if (d.measureId && !measure) return { ok: false, error: 'unknownMeasure', fields: ['measureId'] }
    const visit = await tx.uhVisit.create({
      data: { ...served, orderId: order?.id ?? null, measureId: measure?.id ?? null, kind: d.kind, visitedOn: new Date(d.visitedOn), durationMinutes, notes: d.notes, createdById: actor.userId },
    })
    await audit({
      entity: 'UhVisit',
      entityId: visit.id,
      partnershipId: served.partnershipId,
      data: { unitId: served.unitId, universityId: served.universityId, kind: d.kind, visitedOn: d.visitedOn, durationMinutes, orderId: visit.orderId, measureId: visit.measureId },
    })
    return { ok: true, done: 'visitLogged', id: visit.id }
  },
)
