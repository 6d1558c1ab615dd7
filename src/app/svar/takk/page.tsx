import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { definePublicPage } from '@/server/usecase/define-page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Surveys')
  return { title: t('thanksTitle') }
}

// Public: static thanks after an answer is sent.
export default definePublicPage({ route: '/svar/takk' }, async () => {
  const t = await getTranslations('Surveys')
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <Heading level={1} data-size="lg">
        {t('thanksTitle')}
      </Heading>
      <Paragraph>{t('thanksText')}</Paragraph>
    </div>
  )
})
