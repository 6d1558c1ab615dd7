import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import type { TNeedsSummary } from '../get-needs-overview'
import { PairedBarsChart } from '@/components/ui/paired-bars-chart'
import { ThemeSummaryTable } from './theme-summary-table'
import { Section } from '@/components/ui/section'

/** What the forum prioritises from (/behov): per partnership and year, the themes of the submitted reports, as a table and then a chart. */
export async function NeedsSummaries({ summaries }: { summaries: TNeedsSummary[] }) {
  const t = await getTranslations('Needs')
  const dev = await getTranslations('Development')
  return (
    <Section id="summary" heading={t('summaryHeading')}>
      <Paragraph>{t('summaryLead')}</Paragraph>
      {summaries.map((s) => {
        const caption = t('summaryCaption', { partnership: s.partnershipName, year: s.year, reports: s.reports })
        return (
          <div key={`${s.partnershipName}-${s.year}`} className="flex flex-col gap-3">
            <ThemeSummaryTable caption={caption} rows={s.themes} />
            {/* Priorities and distinct units per theme: where the needs gather, at a glance. */}
            <PairedBarsChart
              rows={s.themes.map((row) => ({ name: dev(`themes.${row.theme}`), priorities: row.priorities, units: row.units }))}
              bars={[
                { key: 'priorities', label: t('prioritiesCount') },
                { key: 'units', label: t('unitsCount') },
              ]}
              title={t('chartTitle', { partnership: s.partnershipName, year: s.year })}
              kind="count"
              nameWidth={190}
            />
          </div>
        )
      })}
    </Section>
  )
}
