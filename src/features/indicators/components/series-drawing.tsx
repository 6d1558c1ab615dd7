'use client'

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { TChartSeries } from './series-chart'

const colours = ['#1e2b3c', '#0062ba', '#c4380c', '#06893a', '#7a3ab5', '#8a6a00']

/**
 * An indicator's lines over the years; a hidden or missing cell is a gap (null), never a 0. The
 * table before it holds every figure and is what screen readers use.
 */
export default function SeriesDrawing({ series, title }: { series: TChartSeries[]; title: string }) {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort()
  const data = years.map((year): Record<string, number | null> => ({ year, ...Object.fromEntries(series.map((s): [string, number | null] => [s.name, s.points.find((p) => p.year === year)?.value ?? null])) }))
  return (
    <LineChart responsive data={data} style={{ width: '100%', maxWidth: 720, height: 280 }} margin={{ top: 5, right: 24, bottom: 5, left: 0 }} title={title}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="year" />
      <YAxis domain={['auto', 'auto']} />
      <Tooltip />
      <Legend />
      {series.map((s, i) => (
        <Line key={s.name} dataKey={s.name} stroke={colours[i % colours.length]} connectNulls={false} isAnimationActive={false} dot />
      ))}
    </LineChart>
  )
}
