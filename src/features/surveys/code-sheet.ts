import 'server-only'
import { getLocale, getTranslations } from 'next-intl/server'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { appUrl } from '@/server/email/app-url'
import { CONTENT_TYPES, downloadResponse, fileSlug } from '@/server/http/download'
import { renderTablesPdf } from '@/server/reports/pdf'
import { isUuid } from '@/lib/uuid'
import { newSurveyCode } from './codes'
import { ISSUE_FORM_ERRORS, issueSurveyCodes } from './issue-survey-codes'

/**
 * Issues the codes asked for and answers with the sheet to print and cut, one code a row: the only
 * place the codes exist in plain text (the database keeps their hashes). A refusal the person can
 * mend goes back to the wave's page with the error named (`?feil=`, the form needs no script);
 * null for the rest (404).
 */
export async function codeSheetResponse(db: Db, actor: Actor, waveId: string, form: { get(name: string): unknown }, requestUrl: string): Promise<Response | null> {
  const count = Math.min(60, Math.max(1, Number(form.get('antall')) || 0))
  const codes = Array.from({ length: count }, newSurveyCode)
  const group = form.get('gruppe')
  const result = await issueSurveyCodes(db, actor, { waveId, unitId: form.get('enhet'), group, classId: form.get('klasse') ?? undefined, codes })
  if (!result.ok) {
    if (!(ISSUE_FORM_ERRORS as readonly string[]).includes(result.error) || !isUuid(waveId)) return null
    const back = new URL(`/kartlegging/${waveId}`, requestUrl)
    back.searchParams.set('feil', result.error)
    if (typeof group === 'string') back.searchParams.set('gruppe', group)
    back.hash = 'issue'
    return Response.redirect(back, 303)
  }
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: 'Surveys' })
  const address = appUrl('svar')
  const body = await renderTablesPdf(
    {
      title: t('sheetTitle'),
      subject: t('sheetSubject'),
      generatedAt: new Date(),
      facts: [{ label: t('sheetWhere'), kind: 'text', value: address }, ...(result.values.className ? [{ label: t('sheetClass'), kind: 'text' as const, value: result.values.className }] : [])],
      summaryNote: t('sheetNote'),
      sections: [{ title: t('sheetCodes'), columns: [{ header: t('sheetNumber'), kind: 'count', weight: 1 }, { header: t('codeLabel'), kind: 'text', weight: 4 }], rows: codes.map((c, i) => [i + 1, c]) }],
    },
    { summarySheet: t('sheetTitle'), yes: t('shareYes'), no: t('shareNo'), none: '–', pageOf: (page, pages) => t('pageOf', { page: String(page), pages: String(pages) }) },
    locale,
  )
  return downloadResponse(body, CONTENT_TYPES.pdf, `${fileSlug(t('sheetTitle'))}.pdf`, { 'cache-control': 'no-store' })
}
