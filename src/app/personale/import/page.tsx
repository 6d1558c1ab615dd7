import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ImportPage } from '@/components/ui/import-page'
import { StaffImportFlow } from '@/features/staff-import/components/staff-import-flow'
import { clientMessages } from '@/i18n/client-messages'
import { definePage } from '@/server/usecase/define-page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('StaffImport')
  return { title: t('title') }
}

// Note: the page only holds the form; each step's use case checks manage:staff and every row's unit again.
export default definePage({ route: '/personale/import', permission: 'manage:staff', noAccess: { namespace: 'StaffImport' }, messages: clientMessages('Roles', 'StaffImport') }, () =>
  Promise.resolve(
    <ImportPage namespace="StaffImport">
      <StaffImportFlow />
    </ImportPage>
  ),
)
