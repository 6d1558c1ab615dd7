import 'server-only'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDb } from '@/server/db'
import { downloadResponse, fileSlug } from '@/server/http/download'
import { CONTENT_TYPES, protectedDownload } from '@/server/http/protected-download'
import { renderTablesPdf } from '@/server/reports/pdf'
import { renderTablesXlsx } from '@/server/reports/xlsx'
import { getRecommendation, recommendationYear } from './recommendation'
import { recommendationDocument, recommendationLabels } from './recommendation-document'

/**
 * GET of a forum's recommendation as a file, for the routes under /forum/[forumId]. The same
 * checks as the forum page: a person who may not read the forum gets 404, as for one that does
 * not exist.
 */
export function recommendationResponse(request: Request, forumId: string, format: keyof typeof CONTENT_TYPES): Promise<Response> {
  return protectedDownload(request, 'read:forum', async (actor) => {
    const year = recommendationYear(new URL(request.url).searchParams.get('ar'))
    const recommendation = await getRecommendation(await getDb(), actor, forumId, year)
    if (!recommendation) return null

    const locale = await getLocale()
    const t = await getTranslations({ locale, namespace: 'Recommendation' })
    const dev = await getTranslations({ locale, namespace: 'Development' })
    const document = recommendationDocument(recommendation, t, dev)
    const labels = recommendationLabels(t)
    const body = format === 'xlsx' ? await renderTablesXlsx(document, labels, locale) : await renderTablesPdf(document, labels, locale)
    return downloadResponse(body, CONTENT_TYPES[format], `${fileSlug(`${t('fileName')} ${recommendation.forumName} ${recommendation.year}`)}.${format}`)
  })
}
