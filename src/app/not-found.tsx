import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { PageHeader } from '@/components/ui/page-header'

export default async function NotFound() {
  const t = await getTranslations('Errors')
  return (
    <PageHeader title={t('notFoundTitle')} lead={t('notFoundText')}>
      <Link href="/" className="ds-link">
        {t('backHome')}
      </Link>
    </PageHeader>
  )
}
