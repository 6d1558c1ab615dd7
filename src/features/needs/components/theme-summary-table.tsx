import { getFormatter, getTranslations } from 'next-intl/server'
import { DataTable } from '@/components/ui/data-table'
import type { TThemeRow } from '../theme-summary'

/** Priorities and distinct units per theme across submitted needs reports (the /behov page and the dashboard). */
export async function ThemeSummaryTable({ caption, rows }: { caption: string; rows: TThemeRow[] }) {
  const t = await getTranslations('Needs')
  const dev = await getTranslations('Development')
  const format = await getFormatter()
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.theme}
      // Both pages show the table only for submitted reports, which always have a priority.
      empty={null}
      columns={[
        { header: t('theme'), cell: (row) => dev(`themes.${row.theme}`) },
        { header: t('prioritiesCount'), numeric: true, cell: (row) => format.number(row.priorities) },
        { header: t('unitsCount'), numeric: true, cell: (row) => format.number(row.units) },
      ]}
    />
  )
}
