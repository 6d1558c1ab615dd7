import 'server-only'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDb } from '@/server/db'
import { downloadResponse, fileSlug } from '@/server/http/download'
import { CONTENT_TYPES, protectedDownload } from '@/server/http/protected-download'
import { getFundingReport } from './queries'
import { reportLabels } from './reports/labels'
import { renderFundingPdf, renderFundingXlsx } from './reports/render'

/**
 * GET of the yearly financial report as a file, for the route handlers under
 * /okonomi/[grantYearId]. The same checks as the grant year page: a person who may not see the
 * year (or the recipient in `?mottaker=`) gets 404, exactly as for a year that does not exist.
 */
export function fundingReportResponse(request: Request, grantYearId: string, format: keyof typeof CONTENT_TYPES): Promise<Response> {
  return protectedDownload(request, 'read:funding', async (actor) => {
    const recipientId = new URL(request.url).searchParams.get('mottaker')
    const report = await getFundingReport(await getDb(), actor, grantYearId, recipientId || null)
    if (!report) return null

    const locale = await getLocale()
    const labels = reportLabels(await getTranslations({ locale, namespace: 'FundingReport' }))
    const body = format === 'xlsx' ? await renderFundingXlsx(report, labels, locale) : await renderFundingPdf(report, labels, locale)
    const name = fileSlug([labels.fileName, report.partnershipName, String(report.year), report.recipient?.name].filter(Boolean).join(' '))
    return downloadResponse(body, CONTENT_TYPES[format], `${name}.${format}`)
  })
}
