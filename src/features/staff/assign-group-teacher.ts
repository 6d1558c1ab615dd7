import { staffManageScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { invalidStaff, staffRevalidate, ZGroupTeacher, type TStaffResult } from './schemas'

/**
 * Assigns a member of the unit's staff (an active membership at the group's unit: a teacher, or
 * the principal who also teaches) to a class or group. The database checks the unit again.
 */
export const assignGroupTeacher = defineUseCase(
  { name: 'staff.assign-group-teacher', permission: 'manage:staff', input: ZGroupTeacher, invalid: invalidStaff, audit: 'unit_group.assign', revalidate: staffRevalidate },
  async ({ tx, actor, input: d, audit }): Promise<TStaffResult> => {
    const group = await tx.unitGroup.findFirst({ where: { id: d.groupId, unit: staffManageScope(actor) }, select: { id: true, unitId: true } })
    if (!group) return { ok: false, error: 'notFound' }
    const staff = await tx.membership.findFirst({ where: { id: d.membershipId, unitId: group.unitId, endedAt: null }, select: { id: true, userId: true } })
    if (!staff) return { ok: false, error: 'notStaff', fields: ['membershipId'] }
    if (await tx.unitGroupTeacher.count({ where: { groupId: group.id, membershipId: staff.id } })) return { ok: false, error: 'alreadyAssigned', fields: ['membershipId'] }
    const row = await tx.unitGroupTeacher.create({ data: { groupId: group.id, membershipId: staff.id }, select: { id: true } })
    await audit({ entity: 'UnitGroupTeacher', entityId: row.id, partnershipId: null, data: { groupId: group.id, unitId: group.unitId, userId: staff.userId } })
    return { ok: true, done: 'teacherAssigned', id: group.unitId }
  },
)
