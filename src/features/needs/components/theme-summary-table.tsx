import { getFormatter, getTranslations } from 'next-intl/server'
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { ScrollRegion } from '@/components/ui/scroll-region'
import type { TThemeRow } from '../theme-summary'

/** Priorities and distinct units per theme across submitted needs reports (the /behov page and the dashboard). */
export async function ThemeSummaryTable({ caption, rows }: { caption: string; rows: TThemeRow[] }) {
  const t = await getTranslations('Needs')
  const dev = await getTranslations('Development')
  const format = await getFormatter()
  return (
    <ScrollRegion label={caption}>
      <Table zebra className="w-full">
        <caption className="text-left">{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('theme')}</TableHeaderCell>
            <TableHeaderCell className="text-right">{t('prioritiesCount')}</TableHeaderCell>
            <TableHeaderCell className="text-right">{t('unitsCount')}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.theme}>
              <TableCell>{dev(`themes.${row.theme}`)}</TableCell>
              <TableCell className="text-right">{format.number(row.priorities)}</TableCell>
              <TableCell className="text-right">{format.number(row.units)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  )
}
