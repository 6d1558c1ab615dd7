import { getTranslations } from 'next-intl/server'
import { Alert, Paragraph } from '@/components/ui/ds-static'
import { startSurveyAction } from '@/features/surveys/answering/actions'
import { definePublicPage } from '@/server/usecase/define-page'
import { PageHeader } from '@/components/ui/page-header'
import { pageTitle } from '@/i18n/page-title'

export const generateMetadata = pageTitle('Surveys', 'answerTitle')

const ERRORS = ['unknown-code', 'spent', 'closed', 'not-yet-open'] as const

// Public: a pupil or parent starts here with a code (no login); the page shows no tenant's data.
export default definePublicPage({ route: '/svar' }, async ({ searchParams }) => {
  const t = await getTranslations('Surveys')
  const error = ERRORS.find((e) => e === searchParams.feil)
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <PageHeader title={t('answerTitle')} />
      {searchParams.lagret === '1' && <Alert data-color="success">{t('savedForLater')}</Alert>}
      <Paragraph>{t('codeLead')}</Paragraph>
      <form action={startSurveyAction} className="flex flex-col gap-4">
        {/* Native label, hint and error tied by id: named without any script (see answer-page.tsx). */}
        <div className="flex flex-col gap-2">
          <label htmlFor="survey-code" className="ds-label font-semibold">
            {t('codeLabel')}
          </label>
          <p id="survey-code-hint" className="m-0 text-sm">
            {t('codeHint')}
          </p>
          <input
            id="survey-code"
            name="code"
            className="ds-input"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'survey-code-hint survey-code-error' : 'survey-code-hint'}
          />
          {error && (
            <p id="survey-code-error" className="ds-validation-message m-0" data-color="danger">
              {t(`errors.${error}`)}
            </p>
          )}
        </div>
        <div>
          <button type="submit" className="ds-button" data-variant="primary">
            {t('start')}
          </button>
        </div>
      </form>
    </div>
  )
})
