import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { StaffImportFlow } from '@/features/staff-import/components/staff-import-flow'
import { clientMessages } from '@/i18n/client-messages'
import { definePage } from '@/server/usecase/define-page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('StaffImport')
  return { title: t('title') }
}

// Note: the page only holds the form; each step's use case checks manage:staff and every row's unit again.
export default definePage({ route: '/personale/import', permission: 'manage:staff', noAccess: { namespace: 'StaffImport' }, messages: clientMessages('Roles', 'StaffImport') }, async () => {
  const t = await getTranslations('StaffImport')
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('lead')}</Paragraph>
      </div>
      <StaffImportFlow />
    </div>
  )
})
