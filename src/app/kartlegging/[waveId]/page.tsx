import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { IssueCodesForm } from '@/features/surveys/components/issue-codes-form'
import { ResponseRates, ResultsTables } from '@/features/surveys/components/results-tables'
import { getWaveResults } from '@/features/surveys/results/queries'
import { definePage } from '@/server/usecase/define-page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Surveys')
  return { title: t('resultsTitle') }
}

// Note: checked here and again in getWaveResults (permission, the wave's scope, the units' scope).
export default definePage<{ waveId: string }>(
  { route: '/kartlegging/[waveId]', permission: 'read:survey-results', noAccess: { namespace: 'Surveys' } },
  async ({ actor, db, params, searchParams }) => {
    const t = await getTranslations('Surveys')
    const data = await getWaveResults(db, actor, params.waveId, typeof searchParams.gruppe === 'string' ? searchParams.gruppe : undefined)
    if (!data) notFound()
    const { results } = data
    return (
      <div className="flex flex-col gap-8">
        <div>
          <Heading level={1} data-size="lg">
            {data.wave.name}
          </Heading>
          <Paragraph>
            {t('seriesIndex', { series: data.wave.series, index: data.wave.seriesIndex })} · {data.wave.closed ? t('statusClosed') : t('statusOpen')}
          </Paragraph>
        </div>
        {data.groups.length > 1 && (
          <form method="get" className="flex flex-wrap items-end gap-3">
            <label className="flex flex-col gap-1">
              {t('group')}
              <select name="gruppe" defaultValue={data.group} className="ds-input">
                {data.groups.map((g) => (
                  <option key={g} value={g}>
                    {t(`groups.${g}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="ds-button" data-variant="secondary">
              {t('showGroup')}
            </button>
          </form>
        )}
        <section aria-labelledby="results" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="results">
            {t('resultsHeading')}: {t(`groups.${data.group}`)}
          </Heading>
          {results ? <ResultsTables data={{ ...data, results }} /> : <Paragraph>{t('notClosed')}</Paragraph>}
        </section>
        <section aria-labelledby="rates" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="rates">
            {t('ratesHeading')}
          </Heading>
          <ResponseRates rates={data.rates} />
        </section>
        {data.issue && <IssueCodesForm waveId={data.wave.id} issue={data.issue} />}
      </div>
    )
  },
)
