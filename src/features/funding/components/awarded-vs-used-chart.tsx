'use client'

import { PairedBarsChart } from '@/components/ui/paired-bars-chart'

/**
 * Awarded against used per recipient. The same figures are in the table beside it, which is what
 * screen readers use; the chart is for seeing at a glance who lags.
 */
export function AwardedVsUsedChart({
  rows,
  labels,
}: {
  /** Amounts in kroner: props cross from server to client, and charts draw numbers. */
  rows: { name: string; awarded: number; spent: number }[]
  labels: { title: string; awarded: string; spent: string }
}) {
  return <PairedBarsChart rows={rows} bars={[{ key: 'awarded', label: labels.awarded }, { key: 'spent', label: labels.spent }]} title={labels.title} kind="kroner" nameWidth={170} />
}
