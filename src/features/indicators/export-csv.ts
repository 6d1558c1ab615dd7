import type { TAggregate } from './aggregate'
import { creditLines } from './components/credits'
import type { TCell, TIndicator, TSeriesRow } from './queries'

const quote = (s: string) => (/[";\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

/** A cell as the export writes it: the number with a decimal comma, or the source's marker, never a 0 or a blank. */
function cellText(cell: TCell | TAggregate | undefined, decimals: number): string {
  if (!cell) return '..'
  if ('kind' in cell) return cell.kind === 'value' ? (cell.valueMilli / 1000).toFixed(decimals).replace('.', ',') : ':'
  if (cell.status === 'VALUE') return (cell.valueMilli! / 1000).toFixed(decimals).replace('.', ',')
  return { SUPPRESSED: ':', MISSING: '..', NOT_APPLICABLE: '.' }[cell.status]
}

/**
 * An indicator table as `;`-separated CSV (Norwegian Excel's), with the markers as the sources
 * write them (`:` hidden, `..` not available, `.` not applicable) and the sources' credits after
 * the rows, as their licences ask (CC BY 4.0, NLOD).
 */
export function indicatorCsv(indicator: TIndicator, rows: TSeriesRow[], years: number[], nationalLabel: string): string {
  const lines = [['Område', ...years.map(String)].join(';')]
  for (const row of rows) lines.push([quote(row.kind === 'national' ? nationalLabel : row.label), ...years.map((y) => cellText(row.cells[y], indicator.decimals))].join(';'))
  lines.push('', quote(`${indicator.name} (${indicator.source === 'SSB' ? 'SSB' : 'Udir'} ${indicator.tableId})`), 'Tegn: : skjermet  .. ikke tilgjengelig  . ikke aktuelt', quote(creditLines[indicator.source]))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
