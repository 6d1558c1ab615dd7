import type { TSeriesRow } from './queries'

/** The first rows (the national one first) as chart lines: a value where there is one, null (a gap) otherwise. */
export function chartSeries(rows: TSeriesRow[], years: number[], nationalLabel: string, count = 6) {
  return rows.slice(0, count).map((r) => ({
    name: r.kind === 'national' ? nationalLabel : r.label,
    points: years.map((year) => {
      const cell = r.cells[year]
      if (!cell) return { year, value: null }
      if ('kind' in cell) return { year, value: cell.kind === 'value' ? cell.valueMilli / 1000 : null }
      return { year, value: cell.status === 'VALUE' ? cell.valueMilli! / 1000 : null }
    }),
  }))
}
