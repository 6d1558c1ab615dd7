import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { UnitImportFlow } from '@/features/units/components/unit-import-flow'
import { clientMessages } from '@/i18n/client-messages'
import { definePage } from '@/server/usecase/define-page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('UnitImport')
  return { title: t('title') }
}

// Note: the page only holds the form; each step's use case checks import:units and every row's county again.
export default definePage({ route: '/admin/enheter', permission: 'import:units', noAccess: { namespace: 'UnitImport' }, messages: clientMessages('UnitImport') }, async () => {
  const t = await getTranslations('UnitImport')
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('lead')}</Paragraph>
      </div>
      <UnitImportFlow />
    </div>
  )
})
