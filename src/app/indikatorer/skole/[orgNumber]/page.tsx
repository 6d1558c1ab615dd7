import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { PageHeader } from '@/components/ui/page-header'
import { Paragraph } from '@/components/ui/ds-static'
import { Section } from '@/components/ui/section'
import { IndicatorCredits } from '@/features/indicators/components/credits'
import { IndicatorNav } from '@/features/indicators/components/indicator-nav'
import { SeriesTable } from '@/features/indicators/components/series-table'
import { getSchoolIndicators } from '@/features/indicators/school-indicators'
import { pageTitle } from '@/i18n/page-title'
import { can } from '@/server/authz/actor'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'

export const generateMetadata = pageTitle('Indicators', 'schoolTitle')

// Note: register and open data only; no tenant's rows are read here.
export default definePage<{ orgNumber: string }>({ route: '/indikatorer/skole/[orgNumber]', permission: 'read:indicators', noAccess: { namespace: 'Indicators' } }, async ({ actor, db, params }) => {
  const t = await getTranslations('Indicators')
  const data = foundOr404(await getSchoolIndicators(db, actor, params.orgNumber))
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={data.unit.name} lead={t('schoolLead', { municipality: data.unit.municipality.name, orgNumber: data.unit.orgNumber })} />
      <IndicatorNav actor={actor} />
      {data.sections.length === 0 && <Paragraph>{t('noValues')}</Paragraph>}
      {data.sections.map((s) => (
        <Section key={s.indicator.id} id={`i-${s.indicator.code}`} heading={s.indicator.name}>
          <SeriesTable caption={t('schoolCaption', { indicator: s.indicator.name, name: data.unit.name })} rows={s.rows} years={s.years} decimals={s.indicator.decimals} areaHeader={t('area')} />
        </Section>
      ))}
      {can(actor, 'read:survey-results') && (
        // Note: a link, not the survey results themselves: those are computed over a whole wave with its suppression (ADR 024), too dear to repeat here.
        <Paragraph>
          <Link className="ds-link" href="/kartlegging">
            {t('schoolSurveys')}
          </Link>
        </Paragraph>
      )}
      <IndicatorCredits sources={data.sections.map((s) => s.indicator.source)} />
    </div>
  )
})
