import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'

export default async function NotFound() {
  const t = await getTranslations('Errors')
  return (
    <div>
      <Heading level={1} data-size="lg">
        {t('notFoundTitle')}
      </Heading>
      <Paragraph>{t('notFoundText')}</Paragraph>
      <Link href="/" className="ds-link">
        {t('backHome')}
      </Link>
    </div>
  )
}
