'use client'

import { useFormatter } from 'next-intl'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { NOK } from '@/lib/money'

export type TPairedBarsDrawing = {
  rows: ({ name: string } & Record<string, number | string>)[]
  bars: [{ key: string; label: string }, { key: string; label: string }]
  title: string
  kind: 'kroner' | 'count'
  nameWidth: number
  height: number
}

/** The bars of PairedBarsChart (paired-bars-chart.tsx), which loads this module after the page. */
export default function PairedBarsDrawing({ rows, bars, title, kind, nameWidth, height }: TPairedBarsDrawing) {
  const format = useFormatter()
  const tick = kind === 'kroner' ? (n: number) => format.number(n, { notation: 'compact', maximumFractionDigits: 1 }) : (n: number) => format.number(n)
  return (
    <BarChart layout="vertical" responsive data={rows} style={{ width: '100%', maxWidth: 720, height }} margin={{ top: 5, right: 24, bottom: 5, left: 8 }} title={title}>
      <CartesianGrid horizontal={false} />
      <XAxis type="number" allowDecimals={kind === 'kroner'} tickFormatter={tick} />
      <YAxis type="category" dataKey="name" width={nameWidth} />
      <Tooltip formatter={(value) => (kind === 'kroner' ? format.number(Number(value), NOK) : format.number(Number(value)))} />
      <Legend />
      <Bar dataKey={bars[0].key} name={bars[0].label} fill="#0062ba" isAnimationActive={false} />
      <Bar dataKey={bars[1].key} name={bars[1].label} fill="#c2410c" isAnimationActive={false} />
    </BarChart>
  )
}
