import { getFormatter, getTranslations } from 'next-intl/server'
import { DataTable } from '@/components/ui/data-table'
import { OSLO } from '@/lib/oslo-time'
import type { TReportRow } from '../get-needs-overview'

/** The needs reports the actor reads (/behov), each linked to its page. */
export async function ReportsTable({ reports }: { reports: TReportRow[] }) {
  const t = await getTranslations('Needs')
  const format = await getFormatter()
  return (
    <DataTable
      caption={t('reportsCaption')}
      rows={reports}
      empty={t('noReports')}
      columns={[
        { header: t('reportTitle'), href: (r) => `/behov/${r.id}`, cell: (r) => r.title },
        { header: t('partnership'), cell: (r) => r.partnershipName },
        { header: t('year'), numeric: true, cell: (r) => r.year },
        { header: t('owners'), cell: (r) => r.owners.join(', ') },
        {
          header: t('status'),
          cell: (r) => (
            <>
              {t(`reportStatuses.${r.status}`)}
              {r.submittedAt && ` ${format.dateTime(r.submittedAt, { dateStyle: 'medium', timeZone: OSLO })}`}
            </>
          ),
        },
        { header: t('prioritiesCount'), numeric: true, cell: (r) => format.number(r.priorities) },
      ]}
    />
  )
}
