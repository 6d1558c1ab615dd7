import { getFormatter, getTranslations } from 'next-intl/server'
import { Card, Heading, Paragraph } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { countFigures, FigureCards } from '@/components/ui/figure-cards'
import type { TPublicOverview } from '../get-public-overview'
import { Section } from '@/components/ui/section'

const cycleSteps = [1, 2, 3, 4, 5, 6] as const
const goals = [1, 2, 3] as const

/** The scheme in numbers: partnerships, owners, units and networks, as cards. */
export async function StatsSection({ overview }: { overview: TPublicOverview }) {
  const t = await getTranslations('Home')
  const figures = countFigures(t, [
    ['statPartnerships', overview.partnershipCount],
    ['statOwners', overview.ownerCount],
    ['statUnits', overview.unitCount],
    ['statNetworks', overview.networkCount],
  ])
  return <FigureCards id="stats" heading={t('statsHeading')} headingSize="md" figures={figures} />
}

/** The partnerships with their county, owners, units, UH partners and period. */
export async function PublicPartnershipsSection({ partnerships }: { partnerships: TPublicOverview['partnerships'] }) {
  const t = await getTranslations('Home')
  const format = await getFormatter()
  const year = (d: Date) => format.dateTime(d, { year: 'numeric' })
  return (
    <Section id="partnerships" heading={t('partnershipsHeading')} size="md" className="">
      <DataTable
        caption={t('partnershipsCaption')}
        rows={partnerships}
        rowKey={(p) => p.slug}
        empty={t('noPartnerships')}
        columns={[
          { header: t('colName'), cell: (p) => p.name },
          { header: t('colCounty'), cell: (p) => p.countyName },
          { header: t('colOwners'), cell: (p) => format.number(p.ownerCount) },
          { header: t('colUnits'), cell: (p) => format.number(p.unitCount) },
          { header: t('colUniversities'), cell: (p) => p.universities.join(', ') },
          {
            header: t('colPeriod'),
            cell: (p) => (p.periodEnd ? t('periodClosed', { start: year(p.periodStart), end: year(p.periodEnd) }) : t('periodOpen', { start: year(p.periodStart) })),
          },
        ]}
      />
    </Section>
  )
}

/** The yearly cycle of school development in six steps, and the scheme's goals. */
export async function CycleAndGoalsSections() {
  const t = await getTranslations('Home')
  return (
    <>
      <Section id="cycle" heading={t('cycleHeading')} size="md" className="">
        <Paragraph>{t('cycleLead')}</Paragraph>
        <ol className="m-0 grid list-none gap-4 p-0 md:grid-cols-3">
          {cycleSteps.map((n) => (
            <li key={n}>
              <Card className="h-full">
                <Heading level={3} data-size="xs">
                  {n}. {t(`cycle${n}Title`)}
                </Heading>
                <Paragraph>{t(`cycle${n}Text`)}</Paragraph>
              </Card>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="goals" heading={t('goalsHeading')} size="md" className="">
        <ul className="list-disc pl-6">
          {goals.map((n) => (
            <li key={n}>{t(`goal${n}`)}</li>
          ))}
        </ul>
      </Section>
    </>
  )
}
