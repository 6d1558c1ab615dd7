import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { Alert, Heading, Paragraph } from '@/components/ui/ds-static'
import { DataTable, type TColumn } from '@/components/ui/data-table'
import type { TInstrumentContent, TLocale } from '../instruments/schemas'
import type { TResultRow } from '../results/queries'

/** The change from the previous wave per shown cell, with its interval; flagged when the questions changed. */
export async function ChangeTable({ content, rows, previous }: { content: TInstrumentContent; rows: TResultRow[]; previous: { seriesIndex: number; versionChanged: boolean } }) {
  const t = await getTranslations('Surveys')
  const format = await getFormatter()
  const locale = (await getLocale()) as TLocale
  const signed = (v: number, share: boolean) =>
    share ? format.number(v, { style: 'percent', signDisplay: 'exceptZero' }) : format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' })
  const columns: TColumn<TResultRow>[] = [
    { header: t('unit'), cell: (r) => r.name },
    ...content.indicators.map((ind, i): TColumn<TResultRow> => ({
      header: ind.name[locale],
      cell: (r) => {
        const c = r.changes[i]
        if (!c) return t('changeNone')
        const share = ind.kind === 'share'
        return t('changeCell', { difference: signed(c.difference, share), low: signed(c.low, share), high: signed(c.high, share) })
      },
    })),
  ]
  const shown = rows.filter((r) => r.changes.some(Boolean))
  return (
    <section aria-labelledby="change" className="flex flex-col gap-3">
      <Heading level={3} data-size="xs" id="change">
        {t('changeHeading', { index: previous.seriesIndex })}
      </Heading>
      {previous.versionChanged && <Alert data-color="warning">{t('versionChanged', { index: previous.seriesIndex })}</Alert>}
      <Paragraph data-size="sm">{t('changeLead')}</Paragraph>
      <DataTable caption={t('changeCaption', { index: previous.seriesIndex })} rows={shown} columns={columns} rowKey={(r) => r.cell} empty={t('changeNone')} />
    </section>
  )
}
