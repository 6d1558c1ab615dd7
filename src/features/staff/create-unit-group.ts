import { defineUseCase } from '@/server/usecase/define-use-case'
import { invalidStaff, staffRevalidate, ZCreateUnitGroup, type TStaffResult } from './schemas'
import { findStaffUnit } from './staff-unit'

/**
 * Adds a school class (trinn and name) or a kindergarten group (a name) to the unit for a school
 * year. The kind follows the unit; a class needs its trinn, a group has none.
 */
export const createUnitGroup = defineUseCase(
  { name: 'staff.create-unit-group', permission: 'manage:staff', input: ZCreateUnitGroup, invalid: invalidStaff, audit: 'unit_group.create', revalidate: staffRevalidate },
  async ({ tx, actor, input: d, audit }): Promise<TStaffResult> => {
    const unit = await findStaffUnit(tx, actor, d.unitId)
    if (!unit) return { ok: false, error: 'notFound' }
    const school = unit.kind === 'SCHOOL'
    if (school && d.grade === undefined) return { ok: false, error: 'gradeRequired', fields: ['grade'] }
    if (await tx.unitGroup.count({ where: { unitId: unit.id, schoolYear: d.schoolYear, name: d.name } })) return { ok: false, error: 'groupExists', fields: ['name'] }
    const group = await tx.unitGroup.create({
      data: { unitId: unit.id, kind: school ? 'SCHOOL_CLASS' : 'KINDERGARTEN_GROUP', grade: school ? d.grade! : null, name: d.name, schoolYear: d.schoolYear },
      select: { id: true, kind: true, grade: true },
    })
    await audit({ entity: 'UnitGroup', entityId: group.id, partnershipId: null, data: { unitId: unit.id, kind: group.kind, grade: group.grade, name: d.name, schoolYear: d.schoolYear } })
    return { ok: true, done: 'groupCreated', id: unit.id }
  },
)
