import { staffManageScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { invalidStaff, staffRevalidate, ZRemoveUnitGroup, type TStaffResult } from './schemas'

/** Removes a class or group (and who taught it) from the unit; it holds no pupil data to keep. */
export const removeUnitGroup = defineUseCase(
  { name: 'staff.remove-unit-group', permission: 'manage:staff', input: ZRemoveUnitGroup, invalid: invalidStaff, audit: 'unit_group.remove', revalidate: staffRevalidate },
  async ({ tx, actor, input, audit }): Promise<TStaffResult> => {
    const group = await tx.unitGroup.findFirst({ where: { id: input.groupId, unit: staffManageScope(actor) }, select: { id: true, unitId: true, name: true, schoolYear: true } })
    if (!group) return { ok: false, error: 'notFound' }
    await tx.unitGroup.delete({ where: { id: group.id } })
    await audit({ entity: 'UnitGroup', entityId: group.id, partnershipId: null, data: { unitId: group.unitId, name: group.name, schoolYear: group.schoolYear } })
    return { ok: true, done: 'groupRemoved', id: group.unitId }
  },
)
