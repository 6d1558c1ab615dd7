'use client'

import { useFormatter } from 'next-intl'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { NOK } from '@/lib/money'

/**
 * Awarded against used per recipient, as horizontal bars (names stay readable however many
 * owners). The same figures are in the table beside it, which is what screen readers use; the
 * chart is for seeing at a glance who lags.
 */
export default function AwardedVsUsedDrawing({
  rows,
  labels,
  height,
}: {
  /** Amounts in kroner: props cross from server to client, and charts draw numbers. */
  rows: { name: string; awarded: number; spent: number }[]
  labels: { title: string; awarded: string; spent: string }
  height: number
}) {
  const format = useFormatter()
  const compact = (kr: number) => format.number(kr, { notation: 'compact', maximumFractionDigits: 1 })
  return (
    <BarChart
      layout="vertical"
      responsive
      data={rows}
      style={{ width: '100%', maxWidth: 720, height }}
      margin={{ top: 5, right: 24, bottom: 5, left: 8 }}
      title={labels.title}
    >
      <CartesianGrid horizontal={false} />
      <XAxis type="number" tickFormatter={compact} />
      <YAxis type="category" dataKey="name" width={170} />
      <Tooltip formatter={(value) => format.number(Number(value), NOK)} />
      <Legend />
      <Bar dataKey="awarded" name={labels.awarded} fill="#0062ba" isAnimationActive={false} />
      <Bar dataKey="spent" name={labels.spent} fill="#c2410c" isAnimationActive={false} />
    </BarChart>
  )
}
