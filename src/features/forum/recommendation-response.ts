import 'server-only'
import { getLocale, getTranslations } from 'next-intl/server'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'
import { downloadResponse, fileSlug } from '@/server/http/download'
import { renderTablesPdf } from '@/server/reports/pdf'
import { renderTablesXlsx } from '@/server/reports/xlsx'
import { getRecommendation, recommendationYear } from './recommendation'
import { recommendationDocument, recommendationLabels } from './recommendation-document'

const contentTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const

/**
 * GET of a forum's recommendation as a file, for the routes under /forum/[forumId]. The same
 * checks as the forum page: a person who may not read the forum gets 404, as for one that does
 * not exist.
 */
export async function recommendationResponse(request: Request, forumId: string, format: keyof typeof contentTypes): Promise<Response> {
  const actor = await getActor()
  if (!actor) return Response.redirect(new URL('/logg-inn', request.url), 303)
  if (!can(actor, 'read:forum')) return new Response(null, { status: 403 })
  const year = recommendationYear(new URL(request.url).searchParams.get('ar'))
  const recommendation = await getRecommendation(await getDb(), actor, forumId, year)
  if (!recommendation) return new Response(null, { status: 404 })

  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: 'Recommendation' })
  const dev = await getTranslations({ locale, namespace: 'Development' })
  const document = recommendationDocument(recommendation, t, dev)
  const labels = recommendationLabels(t)
  const body = format === 'xlsx' ? await renderTablesXlsx(document, labels, locale) : await renderTablesPdf(document, labels, locale)
  return downloadResponse(body, contentTypes[format], `${fileSlug(`${t('fileName')} ${recommendation.forumName} ${recommendation.year}`)}.${format}`)
}
