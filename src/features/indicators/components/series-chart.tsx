'use client'

import dynamic from 'next/dynamic'
import { ChartFigure } from '@/components/ui/chart-figure'

// Loaded after the page, only where a chart is shown (ChartFigure says why).
const Drawing = dynamic(() => import('./series-drawing'), { ssr: false })

export type TChartSeries = { name: string; points: { year: number; value: number | null }[] }

/** Lines over the years (series-drawing.tsx), after the table of the same figures. */
export function SeriesChart({ caption, series }: { caption: string; series: TChartSeries[] }) {
  if (!series.some((s) => s.points.some((p) => p.value !== null))) return null
  return (
    <ChartFigure caption={caption} height={280}>
      <Drawing series={series} title={caption} />
    </ChartFigure>
  )
}
