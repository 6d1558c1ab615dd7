import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { DataTable } from '@/components/ui/data-table'
import type { TVisitRow } from '../visit-row'

async function MeasureOrOrder({ visit: v }: { visit: TVisitRow }) {
  const t = await getTranslations('Measures')
  return (
    <>
      {v.measure ? (
        <Link href={`/tiltak/${v.measure.id}`} className="ds-link">
          {v.measure.name}
        </Link>
      ) : null}
      {v.orderTitle && <span className="block">{t('orderLabel', { title: v.orderTitle })}</span>}
    </>
  )
}

/** Visits with their notes, newest first, or `empty`; `showMeasure` off where the page is the measure itself. */
export async function VisitsTable({ visits, caption, empty, showMeasure = true }: { visits: TVisitRow[]; caption: string; empty: string; showMeasure?: boolean }) {
  const t = await getTranslations('Measures')
  const format = await getFormatter()
  return (
    <DataTable
      caption={caption}
      rows={visits}
      empty={empty}
      columns={[
        { header: t('visitedOn'), cell: (v) => format.dateTime(v.visitedOn, { dateStyle: 'medium', timeZone: 'UTC' }) },
        { header: t('unit'), cell: (v) => v.unitName },
        { header: t('visitKind'), cell: (v) => t(`visitKinds.${v.kind}`) },
        { header: t('duration'), cell: (v) => t('durationValue', { hours: Math.floor(v.durationMinutes / 60), minutes: v.durationMinutes % 60 }) },
        { header: t('facilitator'), cell: (v) => (v.facilitatorName ? `${v.facilitatorName} (${v.universityName})` : v.universityName) },
        ...(showMeasure ? [{ header: t('measureOrOrder'), cell: (v: TVisitRow) => <MeasureOrOrder visit={v} /> }] : []),
        { header: t('notes'), className: 'whitespace-pre-line', cell: (v) => v.notes },
      ]}
    />
  )
}
