import type { ReactNode } from 'react'

/**
 * The frame of a chart: a box of the chart's own height (so nothing below moves when it is drawn)
 * and its caption. The chart inside is loaded after the page (next/dynamic, ssr: false): Recharts
 * is about 100 KiB gzip, more than the rest of a page's JavaScript, and the table of the same rows
 * before it (ADR 013) holds every figure already, in the HTML.
 */
export function ChartFigure({ caption, height, children }: { caption: string; height: number; children: ReactNode }) {
  return (
    <figure className="m-0 flex flex-col gap-2">
      <div style={{ width: '100%', maxWidth: 720, height }}>{children}</div>
      <figcaption className="text-sm">{caption}</figcaption>
    </figure>
  )
}
