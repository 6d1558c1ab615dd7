import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { DataTable } from '@/components/ui/data-table'
import { getStaffUnits } from '@/features/staff/get-staff'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'

export const generateMetadata = pageTitle('Staff', 'title')

// Note: checked here and again in getStaffUnits (staffManageScope).
export default definePage({ route: '/personale', permission: 'manage:staff', noAccess: { namespace: 'Staff' } }, async ({ actor, db }) => {
  const t = await getTranslations('Staff')
  const units = await getStaffUnits(db, actor)
  // A principal or head keeps one unit: straight to its page.
  if (units.length === 1) redirect(`/personale/${units[0]!.id}`)
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title')} lead={t('lead')} />
      <DataTable
        caption={t('unitsCaption')}
        rows={units}
        empty={t('noUnits')}
        columns={[
          { header: t('colUnit'), href: (u) => `/personale/${u.id}`, cell: (u) => u.name },
          { header: t('colPeople'), numeric: true, cell: (u) => u._count.memberships },
        ]}
      />
    </div>
  )
})
