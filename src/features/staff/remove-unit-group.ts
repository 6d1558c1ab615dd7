import type { Tx } from '@/server/db/tenant'
import { staffManageScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { invalidStaff, staffRevalidate, ZRemoveUnitGroup, type TStaffResult } from './schemas'

/**
 * Whether any survey code or answer names the class, in any partnership.
 * Note: this one read crosses tenants (the database function sees all of them for its own statement)
 * because a unit can take part in waves of more than one partnership, and the foreign keys refuse the
 * delete whichever tenant's rows they are; it answers yes or no for a class the actor already keeps,
 * and nothing of the rows themselves.
 */
async function unsafeClassHasSurveys(tx: Tx, groupId: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ used: boolean }[]>`SELECT "unit_group_in_surveys"(${groupId}::uuid) AS used`
  return row?.used === true
}

/**
 * Removes a class or group (and who taught it) from the unit; it holds no pupil data to keep. A class
 * that survey codes were printed for, or whose pupils have answered, stays: its answers keep their
 * class (issue 16), so the removal is refused with the class named rather than the answers lost.
 */
export const removeUnitGroup = defineUseCase(
  { name: 'staff.remove-unit-group', permission: 'manage:staff', input: ZRemoveUnitGroup, invalid: invalidStaff, audit: 'unit_group.remove', revalidate: staffRevalidate },
  async ({ tx, actor, input, audit }): Promise<TStaffResult> => {
    const group = await tx.unitGroup.findFirst({ where: { id: input.groupId, unit: staffManageScope(actor) }, select: { id: true, unitId: true, name: true, schoolYear: true } })
    if (!group) return { ok: false, error: 'notFound' }
    if (await unsafeClassHasSurveys(tx, group.id)) return { ok: false, error: 'groupHasSurveys', values: { name: group.name } }
    await tx.unitGroup.delete({ where: { id: group.id } })
    await audit({ entity: 'UnitGroup', entityId: group.id, partnershipId: null, data: { unitId: group.unitId, name: group.name, schoolYear: group.schoolYear } })
    return { ok: true, done: 'groupRemoved', id: group.unitId }
  },
)
