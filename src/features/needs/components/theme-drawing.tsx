'use client'

import { useFormatter } from 'next-intl'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'

/**
 * Priorities and distinct units per theme, as horizontal bars, for seeing at a glance where the
 * needs gather. Always drawn after the table of the same rows, which is what screen readers use
 * (ADR 013).
 */
export default function ThemeDrawing({ rows, labels, height }: { rows: { name: string; priorities: number; units: number }[]; labels: { title: string; priorities: string; units: string }; height: number }) {
  const format = useFormatter()
  return (
    <BarChart layout="vertical" responsive data={rows} style={{ width: '100%', maxWidth: 720, height }} margin={{ top: 5, right: 24, bottom: 5, left: 8 }} title={labels.title}>
      <CartesianGrid horizontal={false} />
      <XAxis type="number" allowDecimals={false} tickFormatter={(n: number) => format.number(n)} />
      <YAxis type="category" dataKey="name" width={190} />
      <Tooltip formatter={(value) => format.number(Number(value))} />
      <Legend />
      <Bar dataKey="priorities" name={labels.priorities} fill="#0062ba" isAnimationActive={false} />
      <Bar dataKey="units" name={labels.units} fill="#c2410c" isAnimationActive={false} />
    </BarChart>
  )
}
