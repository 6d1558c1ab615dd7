import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import type { TOverviewCell } from '../overview'

/** Measures and units by theme × sector goal: one row per pair that has measures. */
export async function OverviewTable({ cells }: { cells: TOverviewCell[] }) {
  const t = await getTranslations('Measures')
  const dev = await getTranslations('Development')
  const format = await getFormatter()
  if (cells.length === 0) return <Paragraph>{t('noOverview')}</Paragraph>
  return (
    <Table zebra className="w-full max-w-3xl">
      <caption className="text-left">{t('overviewCaption')}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t('theme')}</TableHeaderCell>
          <TableHeaderCell>{t('sectorGoal')}</TableHeaderCell>
          <TableHeaderCell className="text-right">{t('measureCount')}</TableHeaderCell>
          <TableHeaderCell className="text-right">{t('unitCount')}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {cells.map((c) => (
          <TableRow key={`${c.theme}-${c.sectorGoal}`}>
            <TableCell>{dev(`themes.${c.theme}`)}</TableCell>
            <TableCell>{dev(`sectorGoals.${c.sectorGoal}`)}</TableCell>
            <TableCell className="text-right">{format.number(c.measures)}</TableCell>
            <TableCell className="text-right">{format.number(c.units)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
