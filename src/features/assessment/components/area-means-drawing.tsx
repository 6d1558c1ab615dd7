'use client'

import { useFormatter } from 'next-intl'
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'

/**
 * The mean per area as horizontal bars on the scale 1–4, for seeing at a glance where the unit
 * stands; the table before it holds the same figures and is what screen readers use.
 */
export default function AreaMeansDrawing({ rows, labels, height }: { rows: { area: string; mean: number }[]; labels: { title: string; mean: string }; height: number }) {
  const format = useFormatter()
  return (
    <BarChart layout="vertical" responsive data={rows} style={{ width: '100%', maxWidth: 720, height }} margin={{ top: 5, right: 24, bottom: 5, left: 8 }} title={labels.title}>
      <CartesianGrid horizontal={false} />
      <XAxis type="number" domain={[1, 4]} ticks={[1, 2, 3, 4]} />
      <YAxis type="category" dataKey="area" width={190} />
      <Tooltip formatter={(value) => format.number(Number(value), { maximumFractionDigits: 2 })} />
      <Bar dataKey="mean" name={labels.mean} fill="#0062ba" isAnimationActive={false} />
    </BarChart>
  )
}
