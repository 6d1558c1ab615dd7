import Link from 'next/link'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@/components/ui/ds-static'
import { DataTable, type TColumn } from '@/components/ui/data-table'
import type { TCellResult } from '../results/compute'
import type { TResultRow, TWaveResults } from '../results/queries'
import type { TLocale } from '../instruments/schemas'
import { ChangeTable } from './change-table'

/** Response rates per unit and class: codes spent of codes issued (shown during and after the wave). */
export async function ResponseRates({ rates }: { rates: TWaveResults['rates'] }) {
  const t = await getTranslations('Surveys')
  const format = await getFormatter()
  const columns: TColumn<TWaveResults['rates'][number]>[] = [
    { header: t('unit'), cell: (r) => (r.className ? t('issueClassAt', { name: r.className, unit: r.name }) : r.name) },
    { header: t('issued'), numeric: true, cell: (r) => format.number(r.issued) },
    { header: t('spent'), numeric: true, cell: (r) => format.number(r.spent) },
    { header: t('rate'), numeric: true, cell: (r) => (r.issued ? format.number(r.spent / r.issued, { style: 'percent' }) : '–') },
  ]
  return <DataTable caption={t('ratesCaption')} rows={rates} columns={columns} rowKey={(r) => r.key} empty={t('noWaves')} />
}

/** Indicator values per cell, suppressed cells with their reason (never as 0), then the distributions. */
export async function ResultsTables({ data }: { data: TWaveResults & { results: NonNullable<TWaveResults['results']> } }) {
  const t = await getTranslations('Surveys')
  const format = await getFormatter()
  const locale = (await getLocale()) as TLocale
  const { content, results } = data
  const value = (v: TCellResult, i: number) => {
    if (!v.shown) return t(`suppressed.${v.reason}`, { threshold: results.thresholds[i]! })
    return content.indicators[i]!.kind === 'share'
      ? t('share', { share: format.number(v.mean, { style: 'percent' }), n: v.n })
      : t('cell', { mean: format.number(v.mean, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), n: v.n })
  }
  const columns: TColumn<TResultRow>[] = [
    { header: t('level'), nowrap: true, cell: (r) => t(`levels.${r.level}`) },
    {
      header: t('unit'),
      cell: (r) =>
        r.classesElsewhere && r.unitId ? (
          <Link href={`?${new URLSearchParams({ gruppe: data.group, skole: r.unitId }).toString()}#results`} className="ds-link" aria-label={t('classesOf', { unit: r.name })}>
            {r.name}
          </Link>
        ) : (
          r.name
        ),
    },
    ...content.indicators.map((ind, i): TColumn<TResultRow> => ({ header: ind.name[locale], cell: (r) => value(r.values[i]!, i) })),
  ]
  return (
    <div className="flex flex-col gap-6">
      <DataTable caption={t('resultsCaption')} rows={results.rows} columns={columns} rowKey={(r) => r.cell} empty={t('noWaves')} />
      <Paragraph data-size="sm">{t('thresholdNote', { threshold: Math.min(...results.thresholds) })}</Paragraph>
      {results.previous && <ChangeTable content={content} rows={results.rows} previous={results.previous} />}
      {content.indicators.map((ind, i) => {
        const labels = ind.kind === 'share' ? [t('shareNo'), t('shareYes')] : ['1', '2', '3', '4', '5']
        const shown = results.rows.filter((r) => r.values[i]!.shown)
        const dist: TColumn<TResultRow>[] = [
          { header: t('unit'), cell: (r) => r.name },
          ...labels.map((label, b): TColumn<TResultRow> => ({ header: label, numeric: true, cell: (r) => { const v = r.values[i]!; return v.shown ? format.number(v.distribution[b]!) : '' } })),
        ]
        return (
          <details key={ind.key}>
            <summary>
              <Heading level={3} data-size="2xs" className="inline">
                {t('distributionHeading', { name: ind.name[locale] })}
              </Heading>
            </summary>
            <DataTable caption={t('distributionCaption', { name: ind.name[locale] })} rows={shown} columns={dist} rowKey={(r) => r.cell} empty={t('suppressed.too-few', { threshold: results.thresholds[i]! })} />
          </details>
        )
      })}
    </div>
  )
}
