import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import type { TMeasuresDashboard } from '../dashboard'
import { OverviewTable } from './overview-table'
import { Section, SubSection } from '@/components/ui/section'

async function dayFormat() {
  const format = await getFormatter()
  return (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
}

/** The unit plans, each with the latest stage of every level reviewed. */
async function PlanList({ plans }: { plans: TMeasuresDashboard['plans'] }) {
  const t = await getTranslations('Measures')
  const dev = await getTranslations('Development')
  const date = await dayFormat()
  return (
    <ul className="flex flex-col gap-2">
      {plans.map((p) => (
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
  )
}

async function MeasureList({ measures }: { measures: TMeasuresDashboard['measures'] }) {
  const t = await getTranslations('Measures')
  return (
    <ul className="list-disc pl-6">
      {measures.map((m) => (
        <li key={m.id}>
          <Link href={`/tiltak/${m.id}`} className="ds-link">
            {m.title}
          </Link>{' '}
          ({t(`statusLabels.${m.status}`)}, {t('unitsShort', { count: m.unitCount })})
        </li>
      ))}
    </ul>
  )
}

async function VisitList({ visits }: { visits: TMeasuresDashboard['visits'] }) {
  const t = await getTranslations('Measures')
  const date = await dayFormat()
  return (
    <>
      <ul className="list-disc pl-6">
        {visits.map((v) => (
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
    </>
  )
}

/** The measures piece of /oversikt, from getMeasuresDashboard; renders nothing for null. */
export async function MeasuresDashboardSection({ data }: { data: TMeasuresDashboard | null }) {
  if (!data) return null
  const t = await getTranslations('Measures')

  return (
    <Section id="measures-dashboard-heading" heading={t('dashboardHeading')} className="flex flex-col gap-4">
      {data.plans.length > 0 && (
        <SubSection heading={t('dashboardPlans')}>
          <PlanList plans={data.plans} />
        </SubSection>
      )}
      {data.measures.length > 0 && (
        <SubSection heading={data.servedUnits !== null ? t('dashboardServed', { units: data.servedUnits }) : t('dashboardMeasures')}>
          <MeasureList measures={data.measures} />
        </SubSection>
      )}
      {data.visits.length > 0 && (
        <SubSection heading={data.servedUnits !== null ? t('dashboardVisitsTerm', { count: data.visits.length }) : t('dashboardVisits')}>
          <VisitList visits={data.visits} />
        </SubSection>
      )}
      {data.overview && data.overview.length > 0 && (
        <SubSection heading={t('overviewHeading')}>
          <OverviewTable cells={data.overview} />
        </SubSection>
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
    </Section>
  )
}
