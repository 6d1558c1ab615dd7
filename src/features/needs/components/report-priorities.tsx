import { getTranslations } from 'next-intl/server'
import { DataTable } from '@/components/ui/data-table'
import type { TNeedsReportDetail } from '../get-needs-report'
import { RemovePriorityForm } from './forms'
import { Section } from '@/components/ui/section'

type TPriority = TNeedsReportDetail['priorities'][number]

/** A report's priorities in order; while the actor may change the report, each with its remove button. */
export async function ReportPriorities({ report }: { report: TNeedsReportDetail }) {
  const t = await getTranslations('Needs')
  const dev = await getTranslations('Development')
  return (
    <Section id="priorities" heading={t('prioritiesHeading')}>
      <DataTable
        caption={t('prioritiesCaption')}
        rows={report.priorities}
        empty={t('noPriorities')}
        columns={[
          { header: t('position'), numeric: true, cell: (p) => report.priorities.indexOf(p) + 1 },
          { header: t('theme'), cell: (p) => dev(`themes.${p.theme}`) },
          // The description keeps its line breaks.
          { header: t('priorityDescription'), className: 'whitespace-pre-line', cell: (p) => p.description },
          { header: t('priorityUnits'), cell: (p) => (p.units.length ? p.units.join(', ') : t('noUnits')) },
          ...(report.canEdit ? [{ header: <span className="sr-only">{t('remove')}</span>, cell: (p: TPriority) => <RemovePriorityForm priorityId={p.id} position={report.priorities.indexOf(p) + 1} /> }] : []),
        ]}
      />
    </Section>
  )
}
