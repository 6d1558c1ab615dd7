import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Alert, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react'
import { startSurveyAction } from '@/features/surveys/answering/actions'
import { definePublicPage } from '@/server/usecase/define-page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Surveys')
  return { title: t('answerTitle') }
}

const ERRORS = ['unknown-code', 'spent', 'closed', 'not-yet-open'] as const

// Public: a pupil or parent starts here with a code (no login); the page shows no tenant's data.
export default definePublicPage({ route: '/svar' }, async ({ searchParams }) => {
  const t = await getTranslations('Surveys')
  const error = ERRORS.find((e) => e === searchParams.feil)
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <Heading level={1} data-size="lg">
        {t('answerTitle')}
      </Heading>
      {searchParams.lagret === '1' && <Alert data-color="success">{t('savedForLater')}</Alert>}
      <Paragraph>{t('codeLead')}</Paragraph>
      <form action={startSurveyAction} className="flex flex-col gap-4">
        <Textfield
          label={t('codeLabel')}
          description={t('codeHint')}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          error={error ? t(`errors.${error}`) : undefined}
        />
        <div>
          <button type="submit" className="ds-button" data-variant="primary">
            {t('start')}
          </button>
        </div>
      </form>
    </div>
  )
})
