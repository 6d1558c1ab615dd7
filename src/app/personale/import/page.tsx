import { getTranslations } from 'next-intl/server'
import { StaffImportFlow } from '@/features/staff-import/components/staff-import-flow'
import { clientMessages } from '@/i18n/client-messages'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'

export const generateMetadata = pageTitle('StaffImport', 'title')

// Note: the page only holds the form; each step's use case checks manage:staff and every row's unit again.
export default definePage({ route: '/personale/import', permission: 'manage:staff', noAccess: { namespace: 'StaffImport' }, messages: clientMessages('Roles', 'StaffImport') }, async () => {
  const t = await getTranslations('StaffImport')
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('title')} lead={t('lead')} />
      <StaffImportFlow />
    </div>
  )
})
