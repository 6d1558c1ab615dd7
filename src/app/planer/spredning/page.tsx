import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { PageHeader } from '@/components/ui/page-header'
import { PartnershipSpread } from '@/features/tracks/components/spread-tables'
import { getSpread } from '@/features/tracks/get-spread'
import { pageTitle } from '@/i18n/page-title'
import { definePage } from '@/server/usecase/define-page'

export const generateMetadata = pageTitle('Tracks', 'spreadTitle')

// Note: checked here and again in getSpread (read:spread, spreadPartnershipScope and unitScope).
export default definePage({ route: '/planer/spredning', permission: 'read:spread', noAccess: { namespace: 'Tracks' } }, async ({ actor, db }) => {
  const t = await getTranslations('Tracks')
  const spreads = await getSpread(db, actor)
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('spreadTitle')} lead={t('spreadLead')} back={{ href: '/planer', label: t('backToPlans') }} />
      {spreads.length === 0 ? <Paragraph>{t('noPartnerships')}</Paragraph> : spreads.map((s) => <PartnershipSpread key={s.id} spread={s} />)}
    </div>
  )
})
