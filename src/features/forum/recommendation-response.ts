import 'server-only'
import { getLocale, getTranslations } from 'next-intl/server'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { CONTENT_TYPES, downloadResponse, fileSlug } from '@/server/http/download'
import { renderTablesPdf } from '@/server/reports/pdf'
import { renderTablesXlsx } from '@/server/reports/xlsx'
import { getRecommendation, recommendationYear } from './recommendation'
import { recommendationDocument, recommendationLabels } from './recommendation-document'

/**
 * A forum's recommendation as a file, for the routes under /forum/[forumId] (their defineRoute
 * checks the login and read:forum). The same read as the forum page: null (404) when the actor
 * may not read the forum, as for one that does not exist.
 */
export async function recommendationFile(request: Request, db: Db, actor: Actor, forumId: string, format: keyof typeof CONTENT_TYPES): Promise<Response | null> {
  const year = recommendationYear(new URL(request.url).searchParams.get('ar'))
  const recommendation = await getRecommendation(db, actor, forumId, year)
  if (!recommendation) return null

  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: 'Recommendation' })
  const dev = await getTranslations({ locale, namespace: 'Development' })
  const document = recommendationDocument(recommendation, t, dev)
  const labels = recommendationLabels(t)
  const body = format === 'xlsx' ? await renderTablesXlsx(document, labels, locale) : await renderTablesPdf(document, labels, locale)
  return downloadResponse(body, CONTENT_TYPES[format], `${fileSlug(`${t('fileName')} ${recommendation.forumName} ${recommendation.year}`)}.${format}`)
}
