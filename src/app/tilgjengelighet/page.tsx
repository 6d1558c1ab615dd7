import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@/components/ui/ds-static'
import { definePublicPage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'

export const generateMetadata = pageTitle('Accessibility', 'title')

/** The accessibility statement public web solutions must publish (domain.md: universal design). */
export default definePublicPage({ route: '/tilgjengelighet' }, async () => {
  const t = await getTranslations('Accessibility')
  return (
    <article className="max-w-3xl">
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph data-size="lg">{t('lead')}</Paragraph>
      <Heading level={2} data-size="sm">
        {t('statusHeading')}
      </Heading>
      <Paragraph>{t('statusText')}</Paragraph>
      <Heading level={2} data-size="sm">
        {t('feedbackHeading')}
      </Heading>
      <Paragraph>{t('feedbackText')}</Paragraph>
      <Paragraph>{t('supervisionText')}</Paragraph>
    </article>
  )
})
