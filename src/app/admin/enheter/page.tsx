import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ImportPage } from '@/components/ui/import-page'
import { UnitImportFlow } from '@/features/units/components/unit-import-flow'
import { clientMessages } from '@/i18n/client-messages'
import { definePage } from '@/server/usecase/define-page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('UnitImport')
  return { title: t('title') }
}

// Note: the page only holds the form; each step's use case checks import:units and every row's county again.
export default definePage({ route: '/admin/enheter', permission: 'import:units', noAccess: { namespace: 'UnitImport' }, messages: clientMessages('UnitImport') }, () =>
  Promise.resolve(
    <ImportPage namespace="UnitImport">
      <UnitImportFlow />
    </ImportPage>
  ),
)
