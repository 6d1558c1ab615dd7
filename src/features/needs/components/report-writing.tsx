import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import type { TNeedsReportDetail } from '../get-needs-report'
import { AddPriorityForm, SubmitReportForm, SuggestionForm } from './forms'
import { Section } from '@/components/ui/section'

/** What an owner writing a draft report gets: suggestions from shared self-assessments, the priority form and the submit button. */
export async function ReportWriting({ report }: { report: TNeedsReportDetail }) {
  const t = await getTranslations('Needs')
  const dev = await getTranslations('Development')
  return (
    <>
      <Section id="suggestions" heading={t('suggestionsHeading')}>
        <Paragraph>{t('suggestionsLead')}</Paragraph>
        {report.suggestions.length === 0 ? (
          <Paragraph>{t('noSuggestions')}</Paragraph>
        ) : (
          <ul className="flex flex-col gap-4">
            {report.suggestions.map((s, i) => (
              <li key={`${s.unitId}-${i}`} className="flex flex-col gap-1 border-b border-gray-200 pb-3">
                <span>
                  <strong>{s.unitName}</strong> ({dev(`themes.${s.theme}`)}, {s.year}): {s.title}
                </span>
                <span className="text-sm">{s.goal}</span>
                {s.added ? <span className="text-sm">{t('suggestionAdded')}</span> : <SuggestionForm reportId={report.id} suggestion={s} />}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="add" heading={t('addPriorityHeading')}>
        <AddPriorityForm reportId={report.id} units={report.units} />
      </Section>
      <Section id="submit" heading={t('submitHeading')}>
        <SubmitReportForm reportId={report.id} />
      </Section>
    </>
  )
}
