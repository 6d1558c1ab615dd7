'use client'

import dynamic from 'next/dynamic'
import { ChartFigure } from '@/components/ui/chart-figure'

// Loaded after the page, only where a chart is shown (ChartFigure says why).
const Drawing = dynamic(() => import('./awarded-vs-used-drawing'), { ssr: false })

/** Awarded against used per recipient (awarded-vs-used-drawing.tsx), after the table of the same rows. */
export function AwardedVsUsedChart({
  rows,
  labels,
}: {
  /** Amounts in kroner: props cross from server to client, and charts draw numbers. */
  rows: { name: string; awarded: number; spent: number }[]
  labels: { title: string; awarded: string; spent: string }
}) {
  const height = 60 + rows.length * 44
  return (
    <ChartFigure caption={labels.title} height={height}>
      <Drawing rows={rows} labels={labels} height={height} />
    </ChartFigure>
  )
}
