import type { PrismaClient } from '@/generated/prisma/client'
import { createUnitGroup } from '~tests/factories/staff'
import { schoolYearOf } from '@/features/staff/schemas'
import { demoPeople } from './demo'

/**
 * Classes and groups for the demo (issue 15): at the demo principal's school 5A and 6B, the demo
 * teacher with 5A; in the demo head's kindergarten the group Blåbær with the demo kindergarten
 * staff. Names only: no pupil data of any kind.
 */
export async function seedDemoStaff(db: PrismaClient) {
  const schoolYear = schoolYearOf(new Date())
  const membershipOf = (email: string) => db.membership.findFirstOrThrow({ where: { user: { email }, unitId: { not: null } }, select: { id: true, unitId: true, unit: { select: { kind: true } } } })
  const teacher = await membershipOf(demoPeople.teacherSalten.email)
  const staff = await membershipOf(demoPeople.kindergartenStaffSalten.email).catch(() => null)
  const school = { id: teacher.unitId!, kind: teacher.unit!.kind }
  const fiveA = await createUnitGroup(db, school, { name: '5A', grade: 5, schoolYear })
  await createUnitGroup(db, school, { name: '6B', grade: 6, schoolYear })
  await db.unitGroupTeacher.create({ data: { groupId: fiveA.id, membershipId: teacher.id } })
  if (staff) {
    const group = await createUnitGroup(db, { id: staff.unitId!, kind: staff.unit!.kind }, { name: 'Blåbær', schoolYear })
    await db.unitGroupTeacher.create({ data: { groupId: group.id, membershipId: staff.id } })
  }
}
