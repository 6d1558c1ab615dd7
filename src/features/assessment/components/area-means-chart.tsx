'use client'

import dynamic from 'next/dynamic'
import { ChartFigure } from '@/components/ui/chart-figure'

// Loaded after the page, only where a chart is shown (ChartFigure says why).
const Drawing = dynamic(() => import('./area-means-drawing'), { ssr: false })

/** The mean per area (area-means-drawing.tsx), after the table of the same figures. */
export function AreaMeansChart({ rows, labels }: { rows: { area: string; mean: number }[]; labels: { title: string; mean: string } }) {
  if (!rows.length) return null
  const height = 60 + rows.length * 40
  return (
    <ChartFigure caption={labels.title} height={height}>
      <Drawing rows={rows} labels={labels} height={height} />
    </ChartFigure>
  )
}
