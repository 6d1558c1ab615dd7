import { getTranslations } from 'next-intl/server'
import { definePublicPage } from '@/server/usecase/define-page'
import { PageHeader } from '@/components/ui/page-header'
import { pageTitle } from '@/i18n/page-title'

export const generateMetadata = pageTitle('Surveys', 'thanksTitle')

// Public: static thanks after an answer is sent.
export default definePublicPage({ route: '/svar/takk' }, async () => {
  const t = await getTranslations('Surveys')
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <PageHeader title={t('thanksTitle')} lead={t('thanksText')} />
    </div>
  )
})
