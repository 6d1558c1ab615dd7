import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { PageHeader } from '@/components/ui/page-header'
import { Paragraph } from '@/components/ui/ds-static'
import { NativeSelect } from '@/components/ui/native-select'
import { Section } from '@/components/ui/section'
import { IndicatorCredits } from '@/features/indicators/components/credits'
import { IndicatorNav } from '@/features/indicators/components/indicator-nav'
import { SeriesChart } from '@/features/indicators/components/series-chart'
import { SeriesTable } from '@/features/indicators/components/series-table'
import { getIndicatorOverview, visiblePartnerships } from '@/features/indicators/overview'
import { chartSeries } from '@/features/indicators/chart-series'
import { pageTitle } from '@/i18n/page-title'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'

export const generateMetadata = pageTitle('Indicators', 'title')

// Note: official open data; the partnership links come through partnershipScope in getIndicatorOverview.
export default definePage({ route: '/indikatorer', permission: 'read:indicators', noAccess: { namespace: 'Indicators' } }, async ({ actor, db, searchParams }) => {
  const t = await getTranslations('Indicators')
  const data = foundOr404(await getIndicatorOverview(db, actor, searchParams))
  const partnerships = await visiblePartnerships(db, actor)
  const indicator = data.indicator
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title')} lead={t('lead')} />
      <IndicatorNav actor={actor} />
      {!indicator || !('countyRows' in data) ? (
        <Paragraph>{t('noIndicators')}</Paragraph>
      ) : (
        <>
          <form method="get" className="flex flex-wrap items-end gap-3">
            {/* A long indicator name must not widen the page past a 390 px screen. */}
            <div className="w-full max-w-md [&_label]:w-full [&_select]:w-full">
              <NativeSelect label={t('indicator')} name="indikator" defaultValue={indicator.code} options={data.indicators.map((i) => ({ value: i.code, label: `${i.name} (${i.source === 'SSB' ? 'SSB' : 'Udir'} ${i.tableId})` }))} />
            </div>
            <button type="submit" className="ds-button" data-variant="secondary">
              {t('show')}
            </button>
          </form>
          <Section id="counties" heading={t('byCounty', { indicator: indicator.name })}>
            <SeriesTable caption={t('byCountyCaption', { indicator: indicator.name, unit: indicator.unitLabel })} rows={data.countyRows} years={data.years} decimals={indicator.decimals} areaHeader={t('county')} />
          </Section>
          {data.county && (
            <Section id="municipalities" heading={t('byMunicipality', { county: data.county.name })}>
              <SeriesTable caption={t('byMunicipalityCaption', { indicator: indicator.name, county: data.county.name })} rows={data.county.rows} years={data.county.years} decimals={indicator.decimals} areaHeader={t('municipality')} />
            </Section>
          )}
          {data.county?.municipality && (
            <Section id="schools" heading={t('bySchool', { municipality: data.county.municipality.name })}>
              <SeriesTable caption={t('bySchoolCaption', { indicator: indicator.name, municipality: data.county.municipality.name })} rows={data.county.municipality.rows} years={data.county.municipality.years} decimals={indicator.decimals} areaHeader={t('school')} />
            </Section>
          )}
          <p className="m-0">
            <a className="ds-link" href={`/indikatorer/eksport?${new URLSearchParams({ indikator: indicator.code, ...(data.county ? { fylke: data.county.number } : {}) })}`} download>
              {t('exportCsv')}
            </a>
          </p>
          <SeriesChart caption={t('chartCaption', { indicator: indicator.name })} series={chartSeries(data.county ? data.county.rows : data.countyRows, data.county ? data.county.years : data.years, t('national'))} />
        </>
      )}
      {partnerships.length > 0 && (
        <Section id="partnerships" heading={t('partnerships')}>
          <ul className="m-0 pl-5">
            {partnerships.map((p) => (
              <li key={p.slug}>
                <Link className="ds-link" href={`/indikatorer/partnerskap/${p.slug}`}>
                  {p.name}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <IndicatorCredits sources={indicator ? [indicator.source] : []} />
    </div>
  )
})
