import { getTranslations } from 'next-intl/server'
import { PageHeader } from '@/components/ui/page-header'
import { Paragraph } from '@/components/ui/ds-static'
import { Section } from '@/components/ui/section'
import { IndicatorCredits } from '@/features/indicators/components/credits'
import { IndicatorNav } from '@/features/indicators/components/indicator-nav'
import { SeriesTable } from '@/features/indicators/components/series-table'
import { getPartnershipIndicators } from '@/features/indicators/partnership-indicators'
import { pageTitle } from '@/i18n/page-title'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'

export const generateMetadata = pageTitle('Indicators', 'partnershipTitle')

// Note: the partnership is read through partnershipScope (and row-level security); the values are open data.
export default definePage<{ slug: string }>({ route: '/indikatorer/partnerskap/[slug]', permission: 'read:indicators', noAccess: { namespace: 'Indicators' } }, async ({ actor, db, params }) => {
  const t = await getTranslations('Indicators')
  const data = foundOr404(await getPartnershipIndicators(db, actor, params.slug))
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('partnershipHeading', { name: data.name })} lead={t('partnershipLead', { count: data.municipalities.length })} />
      <IndicatorNav actor={actor} />
      {data.sections.length === 0 && <Paragraph>{t('noValues')}</Paragraph>}
      {data.sections.map((s) => (
        <Section key={s.indicator.id} id={`i-${s.indicator.code}`} heading={s.indicator.name}>
          <SeriesTable caption={t('partnershipCaption', { indicator: s.indicator.name, name: data.name })} rows={s.rows} years={s.years} decimals={s.indicator.decimals} areaHeader={t('area')} />
        </Section>
      ))}
      <Paragraph>{t('aggregateNote')}</Paragraph>
      <IndicatorCredits sources={data.sections.map((s) => s.indicator.source)} />
    </div>
  )
})
