'use server'

import { formAction } from '@/server/usecase/form-action'
import { assignGroupTeacher } from './assign-group-teacher'
import { changeStaffRole } from './change-staff-role'
import { createUnitGroup } from './create-unit-group'
import { endStaff } from './end-staff'
import { inviteStaff } from './invite-staff'
import { removeUnitGroup } from './remove-unit-group'
import { unassignGroupTeacher } from './unassign-group-teacher'

// Each action is a public POST endpoint: formAction finds the actor, and the use case checks
// `manage:staff` and looks the unit up through staffManageScope again.

/** POST (server action) - invite a person to the unit's staff; the invitation email goes after the response. */
export const inviteStaffAction = formAction(inviteStaff)

/** POST (server action) - change a staff member's role at the unit. */
export const changeStaffRoleAction = formAction(changeStaffRole)

/** POST (server action) - end a staff member's membership at the unit. */
export const endStaffAction = formAction(endStaff)

/** POST (server action) - add a class or kindergarten group for a school year. */
export const createUnitGroupAction = formAction(createUnitGroup)

/** POST (server action) - remove a class or group. */
export const removeUnitGroupAction = formAction(removeUnitGroup)

/** POST (server action) - assign a member of staff to a class or group. */
export const assignGroupTeacherAction = formAction(assignGroupTeacher)

/** POST (server action) - take a member of staff off a class or group. */
export const unassignGroupTeacherAction = formAction(unassignGroupTeacher)
