'use client'

import { useTranslations } from 'next-intl'
import { Textfield } from '@digdir/designsystemet-react'
import { ResultForm } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import type { Role } from '@/generated/prisma/enums'
import { assignGroupTeacherAction, changeStaffRoleAction, createUnitGroupAction, endStaffAction, inviteStaffAction, removeUnitGroupAction, unassignGroupTeacherAction } from '../actions'

/** Invite a person to the unit's staff with one of the unit's staff roles. */
export function InviteStaffForm({ unitId, roles }: { unitId: string; roles: Role[] }) {
  const t = useTranslations('Staff')
  const tRoles = useTranslations('Roles')
  return (
    <ResultForm namespace="Staff" action={inviteStaffAction} submit={t('invite')} hidden={{ unitId }}>
      {({ input, error }) => (
        <>
          <Textfield label={t('email')} name="email" type="email" autoComplete="off" required defaultValue={input('email')} error={error('email')} />
          <Textfield label={t('name')} name="name" autoComplete="off" required defaultValue={input('name')} error={error('name')} />
          <SelectField label={t('role')} name="role" required defaultValue={input('role') ?? roles[0]} options={roles.map((r) => ({ value: r, label: tRoles(r) }))} error={error('role')} />
        </>
      )}
    </ResultForm>
  )
}

/** Change a staff member's role (only to another staff role of the unit), or end their membership. */
export function StaffRowForms({ membershipId, role, roles, name }: { membershipId: string; role: Role; roles: Role[]; name: string }) {
  const t = useTranslations('Staff')
  const tRoles = useTranslations('Roles')
  const others = roles.filter((r) => r !== role)
  return (
    <div className="flex flex-wrap items-end gap-3">
      {others.length > 0 && (
        <ResultForm namespace="Staff" action={changeStaffRoleAction} submit={t('changeRole')} hidden={{ membershipId }} variant="secondary" compact resetOnSuccess={false}>
          {({ error }) => <SelectField label={t('newRoleFor', { name })} name="role" defaultValue={others[0]} options={others.map((r) => ({ value: r, label: tRoles(r) }))} error={error('role')} />}
        </ResultForm>
      )}
      <ResultForm namespace="Staff" action={endStaffAction} submit={t('endFor', { name })} hidden={{ membershipId }} variant="tertiary" compact />
    </div>
  )
}

/** Add a class (trinn and name) or a kindergarten group (a name) for a school year. */
export function CreateGroupForm({ unitId, school, schoolYear }: { unitId: string; school: boolean; schoolYear: number }) {
  const t = useTranslations('Staff')
  const years = [schoolYear, schoolYear + 1]
  return (
    <ResultForm namespace="Staff" action={createUnitGroupAction} submit={school ? t('addClass') : t('addGroup')} hidden={{ unitId }}>
      {({ input, error }) => (
        <>
          {school && (
            <SelectField
              label={t('grade')}
              name="grade"
              defaultValue={input('grade') ?? ''}
              placeholder={t('chooseGrade')}
              options={Array.from({ length: 13 }, (_, i) => ({ value: String(i + 1), label: t('gradeLabel', { grade: i + 1 }) }))}
              error={error('grade')}
            />
          )}
          <Textfield label={school ? t('className') : t('groupName')} description={school ? t('classNameHelp') : t('groupNameHelp')} name="name" required defaultValue={input('name')} error={error('name')} />
          <SelectField label={t('schoolYear')} name="schoolYear" defaultValue={input('schoolYear') ?? String(schoolYear)} options={years.map((y) => ({ value: String(y), label: t('schoolYearLabel', { from: y, to: y + 1 }) }))} error={error('schoolYear')} />
        </>
      )}
    </ResultForm>
  )
}

/** Assign a member of staff to a class or group, or remove the class. */
export function GroupForms({ groupId, name, staff }: { groupId: string; name: string; staff: { membershipId: string; name: string }[] }) {
  const t = useTranslations('Staff')
  return (
    <div className="flex flex-wrap items-end gap-3">
      {staff.length > 0 && (
        <ResultForm namespace="Staff" action={assignGroupTeacherAction} submit={t('assign')} hidden={{ groupId }} variant="secondary" compact>
          {({ error }) => (
            <SelectField label={t('assignTo', { name })} name="membershipId" required defaultValue="" placeholder={t('chooseStaff')} options={staff.map((s) => ({ value: s.membershipId, label: s.name }))} error={error('membershipId')} />
          )}
        </ResultForm>
      )}
      <ResultForm namespace="Staff" action={removeUnitGroupAction} submit={t('removeGroup', { name })} hidden={{ groupId }} variant="tertiary" compact />
    </div>
  )
}

export function UnassignTeacherForm({ groupId, membershipId, label }: { groupId: string; membershipId: string; label: string }) {
  return <ResultForm namespace="Staff" action={unassignGroupTeacherAction} submit={label} hidden={{ groupId, membershipId }} variant="tertiary" compact />
}
