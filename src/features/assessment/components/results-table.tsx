import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import type { TAreaResult, TStatementResult } from '../results'
import { SCALE } from '../schemas'
import { AreaMeansChart } from './area-means-chart'

/** The results as tables (what screen readers use), then the area means as a chart (ADR 013). */
export async function ResultsTables({ statements, areas }: { statements: TStatementResult[]; areas: TAreaResult[] }) {
  const t = await getTranslations('Assessment')
  const format = await getFormatter()
  const mean = (m: number | null) => (m === null ? t('noMean') : format.number(m, { minimumFractionDigits: 1, maximumFractionDigits: 1 }))
  if (!statements.some((s) => s.answers > 0)) return <Paragraph>{t('noAnswers')}</Paragraph>
  return (
    <div className="flex flex-col gap-6">
      <DataTable
        caption={t('resultsCaption')}
        size="sm"
        rows={statements}
        empty={null}
        columns={[
          { header: t('statement'), rowHeader: true, className: 'font-normal', cell: (s) => `${s.position}. ${s.text}` },
          { header: t('area'), cell: (s) => s.area },
          ...SCALE.map((step) => ({ header: t(`scale.${step}`), numeric: true, cell: (s: TStatementResult) => format.number(s.counts[step]) })),
          { header: t('answers'), numeric: true, cell: (s) => format.number(s.answers) },
          { header: t('mean'), numeric: true, cell: (s) => mean(s.mean) },
        ]}
      />
      <DataTable
        caption={t('areasCaption')}
        className="w-full max-w-xl"
        size="sm"
        rows={areas}
        rowKey={(a) => a.area}
        empty={null}
        columns={[
          { header: t('area'), rowHeader: true, className: 'font-normal', cell: (a) => a.area },
          { header: t('answers'), numeric: true, cell: (a) => format.number(a.answers) },
          { header: t('mean'), numeric: true, cell: (a) => mean(a.mean) },
        ]}
      />
      <AreaMeansChart rows={areas.filter((a) => a.mean !== null).map((a) => ({ area: a.area, mean: Math.round(a.mean! * 100) / 100 }))} labels={{ title: t('areaChartTitle'), mean: t('mean') }} />
    </div>
  )
}
