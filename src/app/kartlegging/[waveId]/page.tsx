import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { Section } from '@/components/ui/section'
import { NativeSelect } from '@/components/ui/native-select'
import { ISSUE_FORM_ERRORS } from '@/features/surveys/issue-survey-codes'
import { IssueCodesForm } from '@/features/surveys/components/issue-codes-form'
import { CloseWaveForm } from '@/features/surveys/components/close-wave-form'
import { ResponseRates, ResultsTables } from '@/features/surveys/components/results-tables'
import { getWaveResults } from '@/features/surveys/results/queries'
import { can } from '@/server/authz/actor'
import { definePage } from '@/server/usecase/define-page'
import { PageHeader } from '@/components/ui/page-header'
import { pageTitle } from '@/i18n/page-title'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Surveys', 'resultsTitle')

// Note: checked here and again in getWaveResults (permission, the wave's scope, the units' scope).
export default definePage<{ waveId: string }>(
  { route: '/kartlegging/[waveId]', permission: 'read:survey-results', noAccess: { namespace: 'Surveys' }, messages: clientMessages('SurveyClose') },
  async ({ actor, db, params, searchParams }) => {
    const t = await getTranslations('Surveys')
    const data = await getWaveResults(db, actor, params.waveId, typeof searchParams.gruppe === 'string' ? searchParams.gruppe : undefined, typeof searchParams.skole === 'string' ? searchParams.skole : undefined)
    if (!data) notFound()
    const { results } = data
    return (
      <div className="flex flex-col gap-8">
        <PageHeader title={data.wave.name} lead={`${t('seriesIndex', { series: data.wave.series, index: data.wave.seriesIndex })} · ${data.wave.closed ? t('statusClosed') : t('statusOpen')}`} />
        {data.groups.length > 1 && (
          <form method="get" className="flex flex-wrap items-end gap-3">
            <NativeSelect label={t('group')} name="gruppe" defaultValue={data.group} options={data.groups.map((g) => ({ value: g, label: t(`groups.${g}`) }))} />
            <button type="submit" className="ds-button" data-variant="secondary">
              {t('showGroup')}
            </button>
          </form>
        )}
        <Section id="results" heading={`${t('resultsHeading')}: ${t(`groups.${data.group}`)}`}>
          {results ? <ResultsTables data={{ ...data, results }} /> : <Paragraph>{t('notClosed')}</Paragraph>}
        </Section>
        <Section id="rates" heading={t('ratesHeading')}>
          <ResponseRates rates={data.rates} />
        </Section>
        {data.issue && <IssueCodesForm waveId={data.wave.id} issue={data.issue} error={ISSUE_FORM_ERRORS.find((e) => e === searchParams.feil)} />}
        {/* Shown to those whose role closes waves; closeSurveyWave checks the wave's partnership again. */}
        {!data.wave.closed && can(actor, 'close:survey-wave') && (
          <Section id="close" heading={t('closeHeading')}>
            <CloseWaveForm waveId={data.wave.id} />
          </Section>
        )}
      </div>
    )
  },
)
