import 'server-only'
import { getLocale, getTranslations } from 'next-intl/server'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { appUrl } from '@/server/email/app-url'
import { CONTENT_TYPES, downloadResponse, fileSlug } from '@/server/http/download'
import { renderTablesPdf } from '@/server/reports/pdf'
import { newSurveyCode } from './codes'
import { issueSurveyCodes } from './issue-survey-codes'

/**
 * Issues the codes asked for and answers with the sheet to print and cut, one code a row: the only
 * place the codes exist in plain text (the database keeps their hashes). Null when refused (404).
 */
export async function codeSheetResponse(db: Db, actor: Actor, waveId: string, form: { get(name: string): unknown }): Promise<Response | null> {
  const count = Math.min(60, Math.max(1, Number(form.get('antall')) || 0))
  const codes = Array.from({ length: count }, newSurveyCode)
  const result = await issueSurveyCodes(db, actor, { waveId, unitId: form.get('enhet'), group: form.get('gruppe'), codes })
  if (!result.ok) return null
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: 'Surveys' })
  const address = appUrl('svar')
  const body = await renderTablesPdf(
    {
      title: t('sheetTitle'),
      subject: t('sheetSubject'),
      generatedAt: new Date(),
      facts: [{ label: t('sheetWhere'), kind: 'text', value: address }],
      summaryNote: t('sheetNote'),
      sections: [{ title: t('sheetCodes'), columns: [{ header: t('sheetNumber'), kind: 'count', weight: 1 }, { header: t('codeLabel'), kind: 'text', weight: 4 }], rows: codes.map((c, i) => [i + 1, c]) }],
    },
    { summarySheet: t('sheetTitle'), yes: t('shareYes'), no: t('shareNo'), none: '–', pageOf: (page, pages) => t('pageOf', { page: String(page), pages: String(pages) }) },
    locale,
  )
  return downloadResponse(body, CONTENT_TYPES.pdf, `${fileSlug(t('sheetTitle'))}.pdf`, { 'cache-control': 'no-store' })
}
