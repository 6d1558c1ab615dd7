import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { DataTable, type TColumn } from '@/components/ui/data-table'
import type { TAggregate } from '../aggregate'
import type { TCell, TSeriesRow } from '../queries'

/**
 * An indicator over the years, one row per area (or breakdown), the national value first. A
 * suppressed or missing cell says so in words (never a 0 or a blank), and a combined row that
 * could not be computed says why (aggregate.ts).
 */
export async function SeriesTable({ caption, rows, years, decimals, areaHeader }: { caption: string; rows: TSeriesRow[]; years: number[]; decimals: number; areaHeader: string }) {
  const t = await getTranslations('Indicators')
  const format = await getFormatter()
  const text = (cell: TCell | TAggregate | undefined) => {
    if (!cell) return t('cell.none')
    if ('kind' in cell) return cell.kind === 'value' ? format.number(cell.valueMilli / 1000, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : t(`withheld.${cell.reason}`)
    if (cell.status === 'VALUE') return format.number(cell.valueMilli! / 1000, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    return t(`cell.${cell.status}`)
  }
  const columns: TColumn<TSeriesRow>[] = [
    {
      header: areaHeader,
      rowHeader: true,
      cell: (r) => {
        const label = r.kind === 'national' ? t('national') : r.label
        return r.href ? <Link className="ds-link" href={r.href}>{label}</Link> : label
      },
    },
    ...years.map((year) => ({ header: String(year), numeric: true, nowrap: true, cell: (r: TSeriesRow) => text(r.cells[year]) })),
  ]
  return <DataTable caption={caption} rows={rows} rowKey={(r) => r.key} columns={columns} empty={t('noValues')} />
}
