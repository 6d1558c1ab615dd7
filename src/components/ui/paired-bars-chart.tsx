'use client'

import { useFormatter } from 'next-intl'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { NOK } from '@/lib/money'

type TBar<K extends string> = { key: K; label: string }

/**
 * Two figures per row as horizontal bars (names stay readable however many rows), with the
 * title under it. Always drawn after a table of the same rows, which is what screen readers use
 * (ADR 013). `kind` says how the figures read: kroner (compact on the axis) or whole counts.
 */
export function PairedBarsChart<K extends string>({
  rows,
  bars,
  title,
  kind,
  nameWidth,
}: {
  rows: ({ name: string } & Record<K, number>)[]
  bars: [TBar<K>, TBar<K>]
  title: string
  kind: 'kroner' | 'count'
  nameWidth: number
}) {
  const format = useFormatter()
  const tick = kind === 'kroner' ? (n: number) => format.number(n, { notation: 'compact', maximumFractionDigits: 1 }) : (n: number) => format.number(n)
  return (
    <figure className="m-0 flex flex-col gap-2">
      <BarChart layout="vertical" responsive data={rows} style={{ width: '100%', maxWidth: 720, height: 60 + rows.length * 44 }} margin={{ top: 5, right: 24, bottom: 5, left: 8 }} title={title}>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" allowDecimals={kind === 'kroner'} tickFormatter={tick} />
        <YAxis type="category" dataKey="name" width={nameWidth} />
        <Tooltip formatter={(value) => (kind === 'kroner' ? format.number(Number(value), NOK) : format.number(Number(value)))} />
        <Legend />
        <Bar dataKey={bars[0].key} name={bars[0].label} fill="#0062ba" isAnimationActive={false} />
        <Bar dataKey={bars[1].key} name={bars[1].label} fill="#c2410c" isAnimationActive={false} />
      </BarChart>
      <figcaption className="text-sm">{title}</figcaption>
    </figure>
  )
}
