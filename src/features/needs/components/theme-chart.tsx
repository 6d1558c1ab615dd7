'use client'

import dynamic from 'next/dynamic'
import { ChartFigure } from '@/components/ui/chart-figure'

// Loaded after the page, only where a chart is shown (ChartFigure says why).
const Drawing = dynamic(() => import('./theme-drawing'), { ssr: false })

/** Priorities and units per theme (theme-drawing.tsx), after the table of the same rows. */
export function ThemeChart({ rows, labels }: { rows: { name: string; priorities: number; units: number }[]; labels: { title: string; priorities: string; units: string } }) {
  const height = 60 + rows.length * 44
  return (
    <ChartFigure caption={labels.title} height={height}>
      <Drawing rows={rows} labels={labels} height={height} />
    </ChartFigure>
  )
}
