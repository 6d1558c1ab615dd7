'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { getDb } from '@/server/db'
import { declareAction } from '@/server/usecase/define-action'
import { normaliseSurveyCode } from '../codes'
import { saveSurveyPage, submitSurveyAnswer } from './answer'
import { findCodeSession } from './code-session'
import { forgetSurveyCode, readSurveyCode, rememberSurveyCode } from './cookie'

// Plain form posts, so answering works without JavaScript: each action redirects to the next page.

/** POST (server action) - open the survey with a code typed by a pupil or parent (no login). */
export const startSurveyAction = declareAction({ name: 'startSurveyAction', access: 'public' }, async (formData: FormData): Promise<void> => {
  const typed = formData.get('code')
  const code = typeof typed === 'string' ? normaliseSurveyCode(typed) : null
  if (!code) redirect('/svar?feil=unknown-code')
  const session = await findCodeSession(await getDb(), code)
  if (!session) redirect('/svar?feil=unknown-code')
  if (session.state !== 'open') redirect(`/svar?feil=${session.state}`)
  await rememberSurveyCode(code)
  const firstUnanswered = session.content.pages.findIndex((p) => p.items.some((i) => !(i.key in session.draft)))
  redirect(`/svar/skjema?side=${Math.max(firstUnanswered, 0) + 1}`)
})

const ZPageForm = z.object({ page: z.coerce.number().int().min(1).max(20), go: z.enum(['back', 'next', 'later', 'submit']) })

/** POST (server action) - save the page shown, then go back, on, stop for later, or submit. */
export const answerPageAction = declareAction({ name: 'answerPageAction', access: 'public' }, async (formData: FormData): Promise<void> => {
  const code = await readSurveyCode()
  if (!code) redirect('/svar')
  const form = ZPageForm.safeParse({ page: formData.get('page'), go: formData.get('go') })
  if (!form.success) redirect('/svar/skjema?feil=bad-page')
  const { page, go } = form.data
  const raw = Object.fromEntries([...formData.entries()].filter(([k]) => !k.startsWith('$') && k !== 'page' && k !== 'go'))
  const db = await getDb()
  const outcome = go === 'submit' ? await submitSurveyAnswer(db, code, page - 1, raw) : await saveSurveyPage(db, code, page - 1, raw)
  if (!outcome.ok) {
    if (outcome.error === 'bad-values' || outcome.error === 'bad-page') redirect(`/svar/skjema?side=${page}&feil=${outcome.error}`)
    await forgetSurveyCode()
    redirect(`/svar?feil=${outcome.error}`)
  }
  if (go === 'submit') {
    await forgetSurveyCode()
    redirect('/svar/takk')
  }
  if (go === 'later') {
    await forgetSurveyCode()
    redirect('/svar?lagret=1')
  }
  redirect(`/svar/skjema?side=${go === 'back' ? page - 1 : page + 1}`)
})
