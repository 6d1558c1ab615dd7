import { staffManageScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { invalidStaff, staffRevalidate, ZGroupTeacher, type TStaffResult } from './schemas'

/** Takes a member of staff off a class or group. */
export const unassignGroupTeacher = defineUseCase(
  { name: 'staff.unassign-group-teacher', permission: 'manage:staff', input: ZGroupTeacher, invalid: invalidStaff, audit: 'unit_group.unassign', revalidate: staffRevalidate },
  async ({ tx, actor, input: d, audit }): Promise<TStaffResult> => {
    const row = await tx.unitGroupTeacher.findFirst({ where: { groupId: d.groupId, membershipId: d.membershipId, group: { unit: staffManageScope(actor) } }, select: { id: true, group: { select: { unitId: true } } } })
    if (!row) return { ok: false, error: 'notFound' }
    await tx.unitGroupTeacher.delete({ where: { id: row.id } })
    await audit({ entity: 'UnitGroupTeacher', entityId: row.id, partnershipId: null, data: { groupId: d.groupId, membershipId: d.membershipId } })
    return { ok: true, done: 'teacherRemoved', id: row.group.unitId }
  },
)
