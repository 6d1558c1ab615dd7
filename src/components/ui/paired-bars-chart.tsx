'use client'

import dynamic from 'next/dynamic'
import { ChartFigure } from './chart-figure'

// Loaded after the page, only where a chart is shown (ChartFigure says why).
const Drawing = dynamic(() => import('./paired-bars-drawing'), { ssr: false })

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
  const height = 60 + rows.length * 44
  return (
    <ChartFigure caption={title} height={height}>
      <Drawing rows={rows} bars={bars} title={title} kind={kind} nameWidth={nameWidth} height={height} />
    </ChartFigure>
  )
}
