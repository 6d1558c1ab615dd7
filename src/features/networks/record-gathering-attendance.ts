import { networkCoordinateScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { GATHERING_PAGE } from './paths'
import { ZRecordGatheringAttendance, type TNetworksResult } from './schemas'

/**
 * The coordinator marks who came: every registration with a seat is marked present or absent at
 * once (one left out of `present` was absent). Who coordinates: networkCoordinateScope.
 */
export const recordGatheringAttendance = defineUseCase(
  { name: 'networks.record-gathering-attendance', permission: 'read:partnership', input: ZRecordGatheringAttendance, audit: 'gathering.attendance', revalidate: () => [GATHERING_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TNetworksResult> => {
    const gathering = await tx.gathering.findFirst({ where: { id: d.gatheringId, network: networkCoordinateScope(actor) }, select: { id: true, partnershipId: true, startsAt: true } })
    if (!gathering) return { ok: false, error: 'notFound' }
    const seated = await tx.gatheringRegistration.findMany({ where: { gatheringId: gathering.id, status: 'REGISTERED' }, select: { id: true } })
    const ids = new Set(seated.map((r) => r.id))
    // Note: the ids come from the form; each must be a seat at this gathering.
    if (d.present.some((id) => !ids.has(id))) return { ok: false, error: 'notRegistered', fields: ['present'] }
    const present = new Set(d.present)
    for (const r of seated) await tx.gatheringRegistration.update({ where: { id: r.id }, data: { attended: present.has(r.id) } })
    await audit({ entity: 'Gathering', entityId: gathering.id, partnershipId: gathering.partnershipId, data: { present: d.present, seated: seated.length } })
    return { ok: true, done: 'attendanceSaved', id: gathering.id }
  },
)
