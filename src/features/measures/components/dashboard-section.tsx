import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import type { TMeasuresDashboard } from '../dashboard'
import { OverviewTable } from './overview-table'

/** The measures piece of /oversikt, from getMeasuresDashboard; renders nothing for null. */
export async function MeasuresDashboardSection({ data }: { data: TMeasuresDashboard | null }) {
  if (!data) return null
  const t = await getTranslations('Measures')
  const dev = await getTranslations('Development')
  const format = await getFormatter()
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })

  return (
    <section aria-labelledby="measures-dashboard-heading" className="flex flex-col gap-4">
      <Heading level={2} data-size="sm" id="measures-dashboard-heading">
        {t('dashboardHeading')}
      </Heading>

      {data.plans.length > 0 && (
        <div className="flex flex-col gap-2">
          <Heading level={3} data-size="xs">
            {t('dashboardPlans')}
          </Heading>
          <ul className="flex flex-col gap-2">
            {data.plans.map((p) => (
              <li key={p.id}>
                <Link href={`/planer/${p.id}`} className="ds-link">
                  {p.unitName}: {p.title}
                </Link>
                <Paragraph data-size="sm">
                  {p.latest.length === 0
                    ? t('noReviews')
                    : p.latest.map((r) => t('latestStage', { level: dev(`levels.${r.level}`), stage: t(`stageLabels.${r.stage}`), date: date(r.reviewedOn) })).join(' · ')}
                </Paragraph>
              </li>
            ))}
          </ul>
        </div>
      )}

      {data.measures.length > 0 && (
        <div className="flex flex-col gap-2">
          <Heading level={3} data-size="xs">
            {data.servedUnits !== null ? t('dashboardServed', { units: data.servedUnits }) : t('dashboardMeasures')}
          </Heading>
          <ul className="list-disc pl-6">
            {data.measures.map((m) => (
              <li key={m.id}>
                <Link href={`/tiltak/${m.id}`} className="ds-link">
                  {m.title}
                </Link>{' '}
                ({t(`statusLabels.${m.status}`)}, {t('unitsShort', { count: m.unitCount })})
              </li>
            ))}
          </ul>
        </div>
      )}

      {data.visits.length > 0 && (
        <div className="flex flex-col gap-2">
          <Heading level={3} data-size="xs">
            {data.servedUnits !== null ? t('dashboardVisitsTerm', { count: data.visits.length }) : t('dashboardVisits')}
          </Heading>
          <ul className="list-disc pl-6">
            {data.visits.map((v) => (
              <li key={v.id}>
                {date(v.visitedOn)}: {t(`visitKinds.${v.kind}`)}, {v.unitName}
              </li>
            ))}
          </ul>
          <Paragraph data-size="sm">
            <Link href="/besok" className="ds-link">
              {t('allVisits')}
            </Link>
          </Paragraph>
        </div>
      )}

      {data.overview && data.overview.length > 0 && (
        <div className="flex flex-col gap-2">
          <Heading level={3} data-size="xs">
            {t('overviewHeading')}
          </Heading>
          <OverviewTable cells={data.overview} />
        </div>
      )}

      <Paragraph data-size="sm">
        <Link href="/tiltak" className="ds-link">
          {t('allMeasures')}
        </Link>
        {' · '}
        <Link href="/planer" className="ds-link">
          {t('allPlans')}
        </Link>
      </Paragraph>
    </section>
  )
}
