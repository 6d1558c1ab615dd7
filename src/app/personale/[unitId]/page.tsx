import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { GroupsSection, StaffSection } from '@/features/staff/components/staff-sections'
import { getStaff } from '@/features/staff/get-staff'
import { clientMessages } from '@/i18n/client-messages'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'

export const generateMetadata = pageTitle('Staff', 'title')

// Note: checked here and again in getStaff (staffManageScope) and in every action's use case.
export default definePage<{ unitId: string }>({ route: '/personale/[unitId]', permission: 'manage:staff', noAccess: { redirectTo: '/personale' }, messages: clientMessages('Roles', 'Staff') }, async ({ actor, db, params }) => {
  const page = await getStaff(db, actor, params.unitId)
  if (!page) notFound()
  const t = await getTranslations('Staff')
  return (
    <div className="flex flex-col gap-10">
      <PageHeader title={t('unitTitle', { unit: page.unit.name })} back={{ href: '/personale', label: t('backToUnits') }} lead={t('unitLead')} />
      <StaffSection page={page} />
      <GroupsSection page={page} />
    </div>
  )
})
