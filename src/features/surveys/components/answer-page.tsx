import { getTranslations } from 'next-intl/server'
import { Alert, Heading, Paragraph } from '@/components/ui/ds-static'
import { answerPageAction } from '../answering/actions'
import type { TAnswerValues, TInstrumentContent, TItem, TLocale } from '../instruments/schemas'

const SCORES = [1, 2, 3, 4, 5] as const

/** One page of items as a plain form: radios per item, no script needed; the buttons say where to go next. */
export async function AnswerPage({ content, page, draft, locale, error }: { content: TInstrumentContent; page: number; draft: TAnswerValues; locale: TLocale; error?: string }) {
  const t = await getTranslations('Surveys')
  const current = content.pages[page - 1]!
  const last = page === content.pages.length
  const scaleLabel = (item: TItem, score: number) => t(`scale.${item.scale}.${score}`)
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <div>
        <Paragraph data-size="sm">{t('pageOf', { page, pages: content.pages.length })}</Paragraph>
        <Heading level={1} data-size="md">
          {current.title[locale]}
        </Heading>
      </div>
      {page === 1 && <Paragraph>{content.intro[locale]}</Paragraph>}
      <Paragraph data-size="sm">
        {t('skipHint')} {t('resumeHint')}
      </Paragraph>
      {error && (
        <Alert data-color="danger" role="alert">
          {t(`errors.${error}`)}
        </Alert>
      )}
      <form action={answerPageAction} className="flex flex-col gap-6">
        <input type="hidden" name="page" value={page} />
        {current.items.map((item) => (
          // Native fieldset, legend and wrapping labels: they name every radio without any script
          // (Designsystemet's Field links label and input in the browser, after hydration).
          <fieldset key={item.key} className="ds-fieldset m-0 flex flex-col gap-2 border-0 p-0">
            <legend className="ds-label mb-2 font-semibold">{item.text[locale]}</legend>
            {SCORES.map((score) => (
              <label key={score} className="flex min-h-11 items-center gap-3">
                <input type="radio" className="ds-input" name={item.key} value={String(score)} defaultChecked={draft[item.key] === score} />
                <span>{scaleLabel(item, score)}</span>
              </label>
            ))}
          </fieldset>
        ))}
        {last && <Paragraph data-size="sm">{t('submitHint')}</Paragraph>}
        <div className="flex flex-wrap gap-3">
          {page > 1 && (
            <button type="submit" name="go" value="back" className="ds-button" data-variant="secondary">
              {t('back')}
            </button>
          )}
          <button type="submit" name="go" value={last ? 'submit' : 'next'} className="ds-button" data-variant="primary">
            {last ? t('submit') : t('next')}
          </button>
          <button type="submit" name="go" value="later" className="ds-button" data-variant="tertiary">
            {t('later')}
          </button>
        </div>
      </form>
    </div>
  )
}
