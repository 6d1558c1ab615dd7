import { getFormatter, getTranslations } from 'next-intl/server'
import { DataTable } from '@/components/ui/data-table'
import type { TOverviewCell } from '../overview'

/** Measures and units by theme × sector goal: one row per pair that has measures. */
export async function OverviewTable({ cells }: { cells: TOverviewCell[] }) {
  const t = await getTranslations('Measures')
  const dev = await getTranslations('Development')
  const format = await getFormatter()
  return (
    <DataTable
      caption={t('overviewCaption')}
      className="w-full max-w-3xl"
      rows={cells}
      rowKey={(c) => `${c.theme}-${c.sectorGoal}`}
      empty={t('noOverview')}
      columns={[
        { header: t('theme'), cell: (c) => dev(`themes.${c.theme}`) },
        { header: t('sectorGoal'), cell: (c) => dev(`sectorGoals.${c.sectorGoal}`) },
        { header: t('measureCount'), numeric: true, cell: (c) => format.number(c.measures) },
        { header: t('unitCount'), numeric: true, cell: (c) => format.number(c.units) },
      ]}
    />
  )
}
