import 'server-only'
import { can, requirePermission, type Actor } from '@/server/authz/actor'
import { orderAnswerScope, partnershipScope, unitServeScope, universityServeScope, visitReadScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import type { TOption } from './measure-form-options'
import { visitRow, visitSelect, type TVisitRow } from './visit-row'

export interface TVisitFormOptions {
  units: TOption[]
  measures: TOption[]
  orders: TOption[]
}

/** What a UH partner may log a visit against: the units it serves, open measures and agreed orders of the partnerships its university serves. */
async function visitFormOptions(tx: Tx, actor: Actor): Promise<TVisitFormOptions> {
  const served = await tx.partnershipUniversity.findMany({ where: { university: universityServeScope(actor) }, select: { partnershipId: true, universityId: true } })
  const partnershipIds = [...new Set(served.map((s) => s.partnershipId))]
  const [units, measures, orders] = await Promise.all([
    tx.unit.findMany({ where: unitServeScope(actor), orderBy: { name: 'asc' }, take: 1000, select: { id: true, name: true } }),
    tx.measure.findMany({ where: { partnershipId: { in: partnershipIds }, status: { in: ['PLANNED', 'ACTIVE'] } }, orderBy: { title: 'asc' }, select: { id: true, title: true } }),
    // A facilitator logs visits only against the orders assigned to them.
    tx.uhOrder.findMany({ where: { AND: [{ OR: served.map((s) => ({ partnershipId: s.partnershipId, universityId: s.universityId })), status: 'AGREED' }, orderAnswerScope(actor)] }, orderBy: { title: 'asc' }, select: { id: true, title: true } }),
  ])
  return { units, measures: measures.map((m) => ({ id: m.id, name: m.title })), orders: orders.map((o) => ({ id: o.id, name: o.title })) }
}

/** The visits the actor reads (newest first) and, for a UH partner, what it may log a visit against. */
export async function getVisits(db: Db, actor: Actor): Promise<{ visits: TVisitRow[]; form: TVisitFormOptions | null }> {
  requirePermission(actor, 'read:visits')
  return withActorTenants(db, actor, async (tx) => {
    const visits = await tx.uhVisit.findMany({ where: { AND: [visitReadScope(actor), { partnership: partnershipScope(actor) }] }, orderBy: [{ visitedOn: 'desc' }, { createdAt: 'desc' }], take: 200, select: visitSelect })
    const form = can(actor, 'serve:units') ? await visitFormOptions(tx, actor) : null
    return { visits: visits.map(visitRow), form }
  })
}
