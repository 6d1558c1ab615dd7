import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { Section, SubSection } from '@/components/ui/section'
import { DataTable } from '@/components/ui/data-table'
import type { TStaffMember, TStaffPage, TUnitGroupRow } from '../get-staff'
import { CreateGroupForm, GroupForms, InviteStaffForm, StaffRowForms, UnassignTeacherForm } from './staff-forms'

/** The unit's staff: who works there, their classes, and the forms to change or end a staff role. */
export async function StaffSection({ page }: { page: TStaffPage }) {
  const t = await getTranslations('Staff')
  const tRoles = await getTranslations('Roles')
  return (
    <Section id="staff" heading={t('staffHeading')} className="flex flex-col gap-4">
      <DataTable<TStaffMember>
        caption={t('staffCaption', { unit: page.unit.name })}
        rows={page.staff}
        rowKey={(m) => m.membershipId}
        empty={t('noStaff')}
        columns={[
          { header: t('colPerson'), cell: (m) => (<>{m.name}{m.email && <span className="block text-sm">{m.email}</span>}</>) },
          { header: t('colRole'), cell: (m) => tRoles(m.role) },
          { header: page.unit.kind === 'SCHOOL' ? t('colClasses') : t('colGroups'), cell: (m) => m.groups.join(', ') || '–' },
          { header: t('colActions'), cell: (m) => (m.managed ? <StaffRowForms membershipId={m.membershipId} role={m.role} roles={page.roles} name={m.name} /> : '–') },
        ]}
      />
      <SubSection heading={t('inviteHeading')}>
        <InviteStaffForm unitId={page.unit.id} roles={page.roles} />
      </SubSection>
    </Section>
  )
}

/** The unit's classes (a school) or groups (a kindergarten) this school year and on, with who teaches them. */
export async function GroupsSection({ page }: { page: TStaffPage }) {
  const t = await getTranslations('Staff')
  const school = page.unit.kind === 'SCHOOL'
  const staff = page.staff.map((s) => ({ membershipId: s.membershipId, name: s.name }))
  const year = (g: TUnitGroupRow) => t('schoolYearLabel', { from: g.schoolYear, to: g.schoolYear + 1 })
  return (
    <Section id="groups" heading={school ? t('classesHeading') : t('groupsHeading')} className="flex flex-col gap-4">
      <Paragraph data-size="sm">{t('noPupilData')}</Paragraph>
      <DataTable<TUnitGroupRow>
        caption={school ? t('classesCaption', { unit: page.unit.name }) : t('groupsCaption', { unit: page.unit.name })}
        rows={page.groups}
        rowKey={(g) => g.id}
        empty={school ? t('noClasses') : t('noGroups')}
        columns={[
          { header: school ? t('colClass') : t('colGroup'), cell: (g) => (g.grade ? t('classLabel', { grade: g.grade, name: g.name }) : g.name) },
          { header: t('colSchoolYear'), nowrap: true, cell: year },
          {
            header: t('colTeachers'),
            cell: (g) =>
              g.teachers.length === 0 ? '–' : (
                <ul className="m-0 flex list-none flex-col gap-1 p-0">
                  {g.teachers.map((tc) => (
                    <li key={tc.membershipId} className="flex flex-wrap items-center gap-2">
                      {tc.name}
                      <UnassignTeacherForm groupId={g.id} membershipId={tc.membershipId} label={t('unassign', { name: tc.name, group: g.name })} />
                    </li>
                  ))}
                </ul>
              ),
          },
          { header: t('colActions'), cell: (g) => <GroupForms groupId={g.id} name={g.name} staff={staff.filter((s) => !g.teachers.some((tc) => tc.membershipId === s.membershipId))} /> },
        ]}
      />
      <SubSection heading={school ? t('addClass') : t('addGroup')}>
        <CreateGroupForm unitId={page.unit.id} school={school} schoolYear={page.schoolYear} />
      </SubSection>
    </Section>
  )
}
