import { can, type Actor } from '@/server/authz/actor'
import { unitServeScope, universityServeScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { osloDay } from '@/lib/oslo-time'
import { invalidFields, ZLogVisit, type TMeasuresResult } from './schemas'

/**
 * The UH partner logs a visit or supervision meeting at a unit it serves, with notes the unit and
 * its owner read. Optionally tied to an agreed order of the university and a measure, both in the
 * unit's partnership.
 */
export async function logVisit(db: Db, actor: Actor, input: unknown): Promise<TMeasuresResult> {
  if (!can(actor, 'serve:units')) return { ok: false, error: 'forbidden' }
  const parsed = ZLogVisit.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data
  const durationMinutes = d.hours * 60 + d.minutes
  if (durationMinutes < 1 || durationMinutes > 24 * 60) return { ok: false, error: 'duration', fields: ['hours'] }
  if (new Date(d.visitedOn) > osloDay(new Date())) return { ok: false, error: 'futureDate', fields: ['visitedOn'] }

  return withActorTenants(db, actor, async (tx) => {
    const unit = await tx.unit.findFirst({ where: { AND: [{ id: d.unitId }, unitServeScope(actor)] }, select: { id: true, ownerId: true } })
    // The partnership where the unit's owner takes part and the actor's university serves.
    const served = unit
      ? await tx.partnershipUniversity.findFirst({
          where: { partnership: { owners: { some: { ownerId: unit.ownerId, leftOn: null } } }, university: universityServeScope(actor) },
          orderBy: { id: 'asc' },
          select: { partnershipId: true, universityId: true },
        })
      : null
    if (!unit || !served) return { ok: false, error: 'notFound', fields: ['unitId'] }
    const [order, measure] = await Promise.all([
      d.orderId ? tx.uhOrder.findFirst({ where: { id: d.orderId, partnershipId: served.partnershipId, universityId: served.universityId, status: 'AGREED' }, select: { id: true } }) : null,
      d.measureId ? tx.measure.findFirst({ where: { id: d.measureId, partnershipId: served.partnershipId }, select: { id: true } }) : null,
    ])
    if (d.orderId && !order) return { ok: false, error: 'unknownOrder', fields: ['orderId'] }
    if (d.measureId && !measure) return { ok: false, error: 'unknownMeasure', fields: ['measureId'] }
    const visit = await tx.uhVisit.create({
      data: {
        partnershipId: served.partnershipId,
        unitId: unit.id,
        universityId: served.universityId,
        orderId: order?.id ?? null,
        measureId: measure?.id ?? null,
        kind: d.kind,
        visitedOn: new Date(d.visitedOn),
        durationMinutes,
        notes: d.notes,
        createdById: actor.userId,
      },
    })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: served.partnershipId, action: 'visit.log', entity: 'UhVisit', entityId: visit.id, data: { unitId: unit.id, universityId: served.universityId, kind: d.kind, visitedOn: d.visitedOn, durationMinutes, orderId: visit.orderId, measureId: visit.measureId } },
    })
    return { ok: true, done: 'visitLogged', id: visit.id }
  })
}
