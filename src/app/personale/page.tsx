import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { DataTable } from '@/components/ui/data-table'
import { getStaffUnits } from '@/features/staff/get-staff'
import { definePage } from '@/server/usecase/define-page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Staff')
  return { title: t('title') }
}

// Note: checked here and again in getStaffUnits (staffManageScope).
export default definePage({ route: '/personale', permission: 'manage:staff', noAccess: { namespace: 'Staff' } }, async ({ actor, db }) => {
  const t = await getTranslations('Staff')
  const units = await getStaffUnits(db, actor)
  // A principal or head keeps one unit: straight to its page.
  if (units.length === 1) redirect(`/personale/${units[0]!.id}`)
  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('lead')}</Paragraph>
      </div>
      <DataTable
        caption={t('unitsCaption')}
        rows={units}
        rowKey={(u) => u.id}
        empty={t('noUnits')}
        columns={[
          { header: t('colUnit'), cell: (u) => <Link href={`/personale/${u.id}`} className="ds-link">{u.name}</Link> },
          { header: t('colPeople'), numeric: true, cell: (u) => u._count.memberships },
        ]}
      />
    </div>
  )
})
