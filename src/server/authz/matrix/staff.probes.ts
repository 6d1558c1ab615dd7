import {
  assignGroupTeacherAction,
  changeStaffRoleAction,
  createUnitGroupAction,
  endStaffAction,
  inviteStaffAction,
  removeUnitGroupAction,
  unassignGroupTeacherAction,
} from '@/features/staff/actions'
import { getStaff, getStaffUnits } from '@/features/staff/get-staff'
import { createUser, unique } from '~tests/factories'
import { createUnitGroup } from '~tests/factories/staff'
import { callAction } from './adapters'
import type { Actor } from '../actor'
import { entry } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'
import { unitTargets } from './unit-targets'

/**
 * A unit's staff and its classes or groups (features/staff). The target unit is the actor's own
 * when it leads one in the tenant, else one of its owner's there, else the tenant's first; the
 * staff and groups there are written directly.
 */
export function staffProbes(context: TMatrixContext): TProbes {
  const { prisma } = context
  const { targetUnit } = unitTargets(context)
  /** A member of staff at the unit, with the unit kind's teacher role. */
  async function staffAt(unit: { id: string; kind: string }) {
    const user = await createUser(prisma, { name: unique('Matriselærer') })
    return prisma.membership.create({ data: { userId: user.id, role: unit.kind === 'SCHOOL' ? 'TEACHER' : 'KINDERGARTEN_STAFF', unitId: unit.id } })
  }
  const role = (id: string) => prisma.membership.findUniqueOrThrow({ where: { id } })
  /** A class or group at the target unit and a member of staff there to teach it. */
  async function groupAndStaff(actor: Actor, tenant: TTenant) {
    const unit = await targetUnit(actor, tenant)
    return { group: await createUnitGroup(prisma, unit), staff: await staffAt(unit) }
  }

  return {
    '/personale': entry('manage:staff', 'managesStaff', async (actor, tenant) => {
      const unit = await targetUnit(actor, tenant)
      const units = await getStaffUnits(prisma, actor).catch(() => null)
      return !!units?.some((u) => u.id === unit.id)
    }),
    '/personale/[unitId]': entry('manage:staff', 'managesStaff', async (actor, tenant) => {
      const unit = await targetUnit(actor, tenant)
      return (await getStaff(prisma, actor, unit.id).catch(() => null)) !== null
    }),
    inviteStaffAction: entry('manage:staff', 'managesStaff', async (actor, tenant) => {
      const unit = await targetUnit(actor, tenant)
      const email = `laerer.${crypto.randomUUID()}@skole.no`
      await callAction(actor, inviteStaffAction, { unitId: unit.id, email, name: 'Ny Lærer', role: unit.kind === 'SCHOOL' ? 'TEACHER' : 'KINDERGARTEN_STAFF' })
      return (await prisma.membership.count({ where: { unitId: unit.id, user: { email } } })) > 0
    }),
    changeStaffRoleAction: entry('manage:staff', 'managesStaff', async (actor, tenant) => {
      // At a school a teacher becomes a resource teacher; a kindergarten has one staff role, so
      // the answer (unchanged, or not found) tells whether the actor reached the membership.
      const unit = await targetUnit(actor, tenant)
      const staff = await staffAt(unit)
      const school = unit.kind === 'SCHOOL'
      const result = await callAction(actor, changeStaffRoleAction, { membershipId: staff.id, role: school ? 'RESOURCE_TEACHER' : 'KINDERGARTEN_STAFF' })
      return school ? (await role(staff.id)).role === 'RESOURCE_TEACHER' : result?.ok === true
    }),
    endStaffAction: entry('manage:staff', 'managesStaff', async (actor, tenant) => {
      const staff = await staffAt(await targetUnit(actor, tenant))
      await callAction(actor, endStaffAction, { membershipId: staff.id })
      return (await role(staff.id)).endedAt !== null
    }),
    createUnitGroupAction: entry('manage:staff', 'managesStaff', async (actor, tenant) => {
      const unit = await targetUnit(actor, tenant)
      const name = unique('5M').slice(0, 40)
      await callAction(actor, createUnitGroupAction, { unitId: unit.id, grade: unit.kind === 'SCHOOL' ? '5' : '', name, schoolYear: '2026' })
      return (await prisma.unitGroup.count({ where: { unitId: unit.id, name } })) > 0
    }),
    removeUnitGroupAction: entry('manage:staff', 'managesStaff', async (actor, tenant) => {
      const group = await createUnitGroup(prisma, await targetUnit(actor, tenant))
      await callAction(actor, removeUnitGroupAction, { groupId: group.id })
      return (await prisma.unitGroup.count({ where: { id: group.id } })) === 0
    }),
    assignGroupTeacherAction: entry('manage:staff', 'managesStaff', async (actor, tenant) => {
      const { group, staff } = await groupAndStaff(actor, tenant)
      await callAction(actor, assignGroupTeacherAction, { groupId: group.id, membershipId: staff.id })
      return (await prisma.unitGroupTeacher.count({ where: { groupId: group.id } })) > 0
    }),
    unassignGroupTeacherAction: entry('manage:staff', 'managesStaff', async (actor, tenant) => {
      const { group, staff } = await groupAndStaff(actor, tenant)
      await prisma.unitGroupTeacher.create({ data: { groupId: group.id, membershipId: staff.id } })
      await callAction(actor, unassignGroupTeacherAction, { groupId: group.id, membershipId: staff.id })
      return (await prisma.unitGroupTeacher.count({ where: { groupId: group.id } })) === 0
    }),
  }
}
