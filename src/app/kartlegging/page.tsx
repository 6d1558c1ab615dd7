import { getFormatter, getTranslations } from 'next-intl/server'
import { DataTable, type TColumn } from '@/components/ui/data-table'
import { listSurveyWaves, type TWaveRow } from '@/features/surveys/results/queries'
import { definePage } from '@/server/usecase/define-page'
import { PageHeader } from '@/components/ui/page-header'
import { pageTitle } from '@/i18n/page-title'

export const generateMetadata = pageTitle('Surveys', 'resultsTitle')

// Note: checked here and again in listSurveyWaves (permission and scope).
export default definePage({ route: '/kartlegging', permission: 'read:survey-results', noAccess: { namespace: 'Surveys' } }, async ({ actor, db }) => {
  const t = await getTranslations('Surveys')
  const format = await getFormatter()
  const waves = await listSurveyWaves(db, actor)
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const columns: TColumn<TWaveRow>[] = [
    { header: t('wave'), href: (w) => `/kartlegging/${w.id}`, cell: (w) => w.name },
    { header: t('series'), cell: (w) => t('seriesIndex', { series: w.series, index: w.seriesIndex }) },
    { header: t('window'), nowrap: true, cell: (w) => `${day(w.opensOn)} – ${day(w.closesOn)}` },
    { header: t('status'), cell: (w) => (w.closed ? t('statusClosed') : t('statusOpen')) },
  ]
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('resultsTitle')} lead={t('resultsLead')} />
      <DataTable caption={t('wavesCaption')} rows={waves} columns={columns} empty={t('noWaves')} />
    </div>
  )
})
