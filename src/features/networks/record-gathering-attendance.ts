import { can, type Actor } from '@/server/authz/actor'
import { networkCoordinateScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields, ZRecordGatheringAttendance, type TNetworksResult } from './schemas'

/**
 * The coordinator marks who came: every registration with a seat is marked present or absent at
 * once (one left out of `present` was absent).
 */
export async function recordGatheringAttendance(db: Db, actor: Actor, input: unknown): Promise<TNetworksResult> {
  if (!can(actor, 'coordinate:networks')) return { ok: false, error: 'forbidden' }
  const parsed = ZRecordGatheringAttendance.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const gathering = await tx.gathering.findFirst({ where: { id: d.gatheringId, network: networkCoordinateScope(actor) }, select: { id: true, partnershipId: true, startsAt: true } })
    if (!gathering) return { ok: false, error: 'notFound' }
    const seated = await tx.gatheringRegistration.findMany({ where: { gatheringId: gathering.id, status: 'REGISTERED' }, select: { id: true } })
    const ids = new Set(seated.map((r) => r.id))
    // Note: the ids come from the form; each must be a seat at this gathering.
    if (d.present.some((id) => !ids.has(id))) return { ok: false, error: 'notRegistered', fields: ['present'] }
    const present = new Set(d.present)
    for (const r of seated) await tx.gatheringRegistration.update({ where: { id: r.id }, data: { attended: present.has(r.id) } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: gathering.partnershipId, action: 'gathering.attendance', entity: 'Gathering', entityId: gathering.id, data: { present: d.present, seated: seated.length } },
    })
    return { ok: true, done: 'attendanceSaved', id: gathering.id }
  })
}
