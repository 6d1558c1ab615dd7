import { redirect } from 'next/navigation'
import { getLocale } from 'next-intl/server'
import { findCodeSession } from '@/features/surveys/answering/code-session'
import { readSurveyCode } from '@/features/surveys/answering/cookie'
import { AnswerPage } from '@/features/surveys/components/answer-page'
import type { TLocale } from '@/features/surveys/instruments/schemas'
import { getDb } from '@/server/db'
import { definePublicPage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'

export const generateMetadata = pageTitle('Surveys', 'answerTitle')

/**
 * Public, but only for the holder of a code (in the answering cookie): the code's own survey and
 * its own draft, nothing else of the tenant. Without a usable code it goes back to the code page.
 */
export default definePublicPage({ route: '/svar/skjema' }, async ({ searchParams }) => {
  const code = await readSurveyCode()
  if (!code) redirect('/svar')
  const session = await findCodeSession(await getDb(), code)
  if (!session) redirect('/svar?feil=unknown-code')
  if (session.state !== 'open') redirect(`/svar?feil=${session.state}`)
  const pages = session.content.pages.length
  const page = Math.min(Math.max(Number.parseInt(String(searchParams.side ?? '1'), 10) || 1, 1), pages)
  const error = ['bad-values', 'bad-page'].find((e) => e === searchParams.feil)
  return <AnswerPage content={session.content} page={page} draft={session.draft} locale={(await getLocale()) as TLocale} error={error} />
})
