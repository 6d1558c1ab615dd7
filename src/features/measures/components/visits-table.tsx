import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import type { TVisitRow } from '../visit-row'

/** Visits with their notes, newest first; `showMeasure` off where the page is the measure itself. */
export async function VisitsTable({ visits, caption, showMeasure = true }: { visits: TVisitRow[]; caption: string; showMeasure?: boolean }) {
  const t = await getTranslations('Measures')
  const format = await getFormatter()
  return (
    <Table zebra className="w-full">
      <caption className="text-left">{caption}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t('visitedOn')}</TableHeaderCell>
          <TableHeaderCell>{t('unit')}</TableHeaderCell>
          <TableHeaderCell>{t('visitKind')}</TableHeaderCell>
          <TableHeaderCell>{t('duration')}</TableHeaderCell>
          <TableHeaderCell>{t('facilitator')}</TableHeaderCell>
          {showMeasure && <TableHeaderCell>{t('measureOrOrder')}</TableHeaderCell>}
          <TableHeaderCell>{t('notes')}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {visits.map((v) => (
          <TableRow key={v.id}>
            <TableCell>{format.dateTime(v.visitedOn, { dateStyle: 'medium', timeZone: 'UTC' })}</TableCell>
            <TableCell>{v.unitName}</TableCell>
            <TableCell>{t(`visitKinds.${v.kind}`)}</TableCell>
            <TableCell>{t('durationValue', { hours: Math.floor(v.durationMinutes / 60), minutes: v.durationMinutes % 60 })}</TableCell>
            <TableCell>{v.facilitatorName ? `${v.facilitatorName} (${v.universityName})` : v.universityName}</TableCell>
            {showMeasure && (
              <TableCell>
                {v.measure ? (
                  <Link href={`/tiltak/${v.measure.id}`} className="ds-link">
                    {v.measure.name}
                  </Link>
                ) : null}
                {v.orderTitle && <span className="block">{t('orderLabel', { title: v.orderTitle })}</span>}
              </TableCell>
            )}
            <TableCell className="whitespace-pre-line">{v.notes}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
