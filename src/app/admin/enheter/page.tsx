import { getTranslations } from 'next-intl/server'
import { UnitImportFlow } from '@/features/units/components/unit-import-flow'
import { clientMessages } from '@/i18n/client-messages'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'

export const generateMetadata = pageTitle('UnitImport', 'title')

// Note: the page only holds the form; each step's use case checks import:units and every row's county again.
export default definePage({ route: '/admin/enheter', permission: 'import:units', noAccess: { namespace: 'UnitImport' }, messages: clientMessages('UnitImport') }, async () => {
  const t = await getTranslations('UnitImport')
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('title')} lead={t('lead')} />
      <UnitImportFlow />
    </div>
  )
})
