import { getTranslations } from 'next-intl/server'
import { PageHeader } from '@/components/ui/page-header'
import { Paragraph } from '@/components/ui/ds-static'
import { NativeSelect } from '@/components/ui/native-select'
import { Section } from '@/components/ui/section'
import { chartSeries } from '@/features/indicators/chart-series'
import { IndicatorCredits } from '@/features/indicators/components/credits'
import { IndicatorNav } from '@/features/indicators/components/indicator-nav'
import { SeriesChart } from '@/features/indicators/components/series-chart'
import { SeriesTable } from '@/features/indicators/components/series-table'
import { getSocialBackground } from '@/features/indicators/social-background'
import { pageTitle } from '@/i18n/page-title'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'

export const generateMetadata = pageTitle('Indicators', 'socialTitle')

// Note: open data only (SSB 13716); no tenant's rows are read here.
export default definePage({ route: '/indikatorer/sosial-bakgrunn', permission: 'read:indicators', noAccess: { namespace: 'Indicators' } }, async ({ actor, db, searchParams }) => {
  const t = await getTranslations('Indicators')
  const data = foundOr404(await getSocialBackground(db, actor, [searchParams.fylke].flat()[0]))
  const area = data.area
  const areaName = area?.name ?? t('national')
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('socialTitle')} lead={t('socialLead')} />
      <IndicatorNav actor={actor} />
      {!data.indicator || !area ? (
        <Paragraph>{t('socialNone')}</Paragraph>
      ) : (
        <>
          <form method="get" className="flex flex-wrap items-end gap-3">
            {/* A long indicator name must not widen the page past a 390 px screen. */}
            <div className="w-full max-w-md [&_label]:w-full [&_select]:w-full">
              <NativeSelect label={t('county')} name="fylke" defaultValue={area.number} options={[{ value: '0', label: t('national') }, ...data.counties.map((c) => ({ value: c.number, label: c.name }))]} />
            </div>
            <button type="submit" className="ds-button" data-variant="secondary">
              {t('show')}
            </button>
          </form>
          <Section id="income" heading={t('socialHeading', { area: areaName })}>
            <SeriesTable caption={t('socialCaption', { indicator: data.indicator.name, area: areaName })} rows={area.rows} years={area.years} decimals={data.indicator.decimals} areaHeader={t('incomeGroup')} />
          </Section>
          <SeriesChart caption={t('socialChart', { area: areaName })} series={chartSeries(area.rows, area.years, t('national'))} />
        </>
      )}
      <IndicatorCredits sources={['SSB']} />
    </div>
  )
})
