import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { DataTable } from '@/components/ui/data-table'
import { OSLO } from '@/lib/oslo-time'
import { schoolYearEnd } from '@/lib/school-year'
import type { TAssessmentRow } from '../queries'

/** The analyses the actor reads (/egenvurdering), each linked by its school year. */
export async function AssessmentsTable({ assessments }: { assessments: TAssessmentRow[] }) {
  const t = await getTranslations('Assessment')
  const format = await getFormatter()
  return (
    <DataTable
      caption={t('listCaption')}
      rows={assessments}
      empty={t('noAssessments')}
      columns={[
        { header: t('unit'), cell: (a) => a.unitName },
        {
          header: t('year'),
          cell: (a) => (
            <Link href={`/egenvurdering/${a.id}`} className="ds-link" aria-label={t('heading', { unit: a.unitName, year: a.year, next: schoolYearEnd(a.year) })}>
              {t('schoolYear', { year: a.year, next: schoolYearEnd(a.year) })}
            </Link>
          ),
        },
        { header: t('phase'), cell: (a) => t(`phases.${a.phase}`) },
        { header: t('sharing'), cell: (a) => (a.sharedAt ? t('sharedOn', { date: format.dateTime(a.sharedAt, { dateStyle: 'medium', timeZone: OSLO }) }) : t('notShared')) },
        { header: t('owner'), cell: (a) => a.ownerName },
        { header: t('updated'), nowrap: true, cell: (a) => format.dateTime(a.updatedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO }) },
      ]}
    />
  )
}
