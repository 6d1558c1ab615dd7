import { getTranslations } from 'next-intl/server'
import { Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { ScrollRegion } from '@/components/ui/scroll-region'
import type { TNeedsReportDetail } from '../get-needs-report'
import { RemovePriorityForm } from './forms'
import { Section } from '@/components/ui/section'

/** A report's priorities in order; while the actor may change the report, each with its remove button. */
export async function ReportPriorities({ report }: { report: TNeedsReportDetail }) {
  const t = await getTranslations('Needs')
  const dev = await getTranslations('Development')
  return (
    <Section id="priorities" heading={t('prioritiesHeading')}>
      {report.priorities.length === 0 ? (
        <Paragraph>{t('noPriorities')}</Paragraph>
      ) : (
        <ScrollRegion label={t('prioritiesCaption')}>
          <Table zebra className="w-full">
            <caption className="text-left">{t('prioritiesCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell className="text-right">{t('position')}</TableHeaderCell>
                <TableHeaderCell>{t('theme')}</TableHeaderCell>
                <TableHeaderCell>{t('priorityDescription')}</TableHeaderCell>
                <TableHeaderCell>{t('priorityUnits')}</TableHeaderCell>
                {report.canEdit && (
                  <TableHeaderCell>
                    <span className="sr-only">{t('remove')}</span>
                  </TableHeaderCell>
                )}
              </TableRow>
            </TableHead>
            <TableBody>
              {report.priorities.map((p, i) => (
                <TableRow key={p.id}>
                  <TableCell className="text-right">{i + 1}</TableCell>
                  <TableCell>{dev(`themes.${p.theme}`)}</TableCell>
                  {/* The description keeps its line breaks, which DataTable's cells do not. */}
                  <TableCell className="whitespace-pre-line">{p.description}</TableCell>
                  <TableCell>{p.units.length ? p.units.join(', ') : t('noUnits')}</TableCell>
                  {report.canEdit && (
                    <TableCell>
                      <RemovePriorityForm priorityId={p.id} position={i + 1} />
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
    </Section>
  )
}
