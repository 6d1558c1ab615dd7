import type { Metadata } from 'next'
import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { DataTable, type TColumn } from '@/components/ui/data-table'
import { listSurveyWaves, type TWaveRow } from '@/features/surveys/results/queries'
import { definePage } from '@/server/usecase/define-page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Surveys')
  return { title: t('resultsTitle') }
}

// Note: checked here and again in listSurveyWaves (permission and scope).
export default definePage({ route: '/kartlegging', permission: 'read:survey-results', noAccess: { namespace: 'Surveys' } }, async ({ actor, db }) => {
  const t = await getTranslations('Surveys')
  const format = await getFormatter()
  const waves = await listSurveyWaves(db, actor)
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const columns: TColumn<TWaveRow>[] = [
    { header: t('wave'), cell: (w) => <Link href={`/kartlegging/${w.id}`} className="ds-link">{w.name}</Link> },
    { header: t('series'), cell: (w) => t('seriesIndex', { series: w.series, index: w.seriesIndex }) },
    { header: t('window'), nowrap: true, cell: (w) => `${day(w.opensOn)} – ${day(w.closesOn)}` },
    { header: t('status'), cell: (w) => (w.closed ? t('statusClosed') : t('statusOpen')) },
  ]
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Heading level={1} data-size="lg">
          {t('resultsTitle')}
        </Heading>
        <Paragraph>{t('resultsLead')}</Paragraph>
      </div>
      <DataTable caption={t('wavesCaption')} rows={waves} columns={columns} rowKey={(w) => w.id} empty={t('noWaves')} />
    </div>
  )
})
