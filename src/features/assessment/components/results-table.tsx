import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { ScrollRegion } from '@/components/ui/scroll-region'
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
      <ScrollRegion label={t('resultsCaption')}>
        <Table zebra className="w-full" data-size="sm">
          <caption className="text-left">{t('resultsCaption')}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('statement')}</TableHeaderCell>
              <TableHeaderCell>{t('area')}</TableHeaderCell>
              {SCALE.map((step) => (
                <TableHeaderCell key={step} className="text-right">
                  {t(`scale.${step}`)}
                </TableHeaderCell>
              ))}
              <TableHeaderCell className="text-right">{t('answers')}</TableHeaderCell>
              <TableHeaderCell className="text-right">{t('mean')}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {statements.map((s) => (
              <TableRow key={s.id}>
                <TableHeaderCell scope="row" className="font-normal">
                  {s.position}. {s.text}
                </TableHeaderCell>
                <TableCell>{s.area}</TableCell>
                {SCALE.map((step) => (
                  <TableCell key={step} className="text-right">
                    {format.number(s.counts[step])}
                  </TableCell>
                ))}
                <TableCell className="text-right">{format.number(s.answers)}</TableCell>
                <TableCell className="text-right">{mean(s.mean)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      <Table zebra className="w-full max-w-xl" data-size="sm">
        <caption className="text-left">{t('areasCaption')}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('area')}</TableHeaderCell>
            <TableHeaderCell className="text-right">{t('answers')}</TableHeaderCell>
            <TableHeaderCell className="text-right">{t('mean')}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {areas.map((a) => (
            <TableRow key={a.area}>
              <TableHeaderCell scope="row" className="font-normal">
                {a.area}
              </TableHeaderCell>
              <TableCell className="text-right">{format.number(a.answers)}</TableCell>
              <TableCell className="text-right">{mean(a.mean)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <AreaMeansChart rows={areas.filter((a) => a.mean !== null).map((a) => ({ area: a.area, mean: Math.round(a.mean! * 100) / 100 }))} labels={{ title: t('areaChartTitle'), mean: t('mean') }} />
    </div>
  )
}
