import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { GroupsSection, StaffSection } from '@/features/staff/components/staff-sections'
import { getStaff } from '@/features/staff/get-staff'
import { definePage } from '@/server/usecase/define-page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Staff')
  return { title: t('title') }
}

// Note: checked here and again in getStaff (staffManageScope) and in every action's use case.
export default definePage<{ unitId: string }>({ route: '/personale/[unitId]', permission: 'manage:staff', noAccess: { redirectTo: '/personale' } }, async ({ actor, db, params }) => {
  const page = await getStaff(db, actor, params.unitId)
  if (!page) notFound()
  const t = await getTranslations('Staff')
  return (
    <div className="flex flex-col gap-10">
      <div>
        <Paragraph data-size="sm">
          <Link href="/personale" className="ds-link">
            {t('backToUnits')}
          </Link>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {t('unitTitle', { unit: page.unit.name })}
        </Heading>
        <Paragraph>{t('unitLead')}</Paragraph>
      </div>
      <StaffSection page={page} />
      <GroupsSection page={page} />
    </div>
  )
})
