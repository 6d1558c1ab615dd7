import 'server-only'
import { getLocale, getTranslations } from 'next-intl/server'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { downloadResponse, fileSlug } from '@/server/http/download'
import { CONTENT_TYPES } from '@/server/http/download'
import { ownerReportRows, ownerReportsSection } from '@/features/owner-reports/report-section'
import { getFundingReport } from './get-funding-report'
import { reportLabels } from './reports/labels'
import { renderFundingPdf, renderFundingXlsx } from './reports/render'

/**
 * The yearly financial report as a file, for the route handlers under /okonomi/[grantYearId]
 * (defineRoute checks the login and read:funding). The same reads as the grant year page: null
 * (404) for a year the actor may not see, or a recipient in `?mottaker=` with no part in it,
 * exactly as for a year that does not exist.
 */
export async function fundingReportResponse(db: Db, actor: Actor, request: Request, grantYearId: string, format: keyof typeof CONTENT_TYPES): Promise<Response | null> {
  const recipientId = new URL(request.url).searchParams.get('mottaker')
  const report = await getFundingReport(db, actor, grantYearId, recipientId || null)
  if (!report) return null

  const locale = await getLocale()
  const labels = reportLabels(await getTranslations({ locale, namespace: 'FundingReport' }))
  // The owners' reports come after the money (a UH partner's own report has none).
  const owners = await ownerReportRows(db, actor, grantYearId, recipientId || null)
  const more = owners?.length ? [ownerReportsSection(owners, await getTranslations({ locale, namespace: 'OwnerReports' }))] : []
  const body = format === 'xlsx' ? await renderFundingXlsx(report, labels, locale, more) : await renderFundingPdf(report, labels, locale, more)
  const name = fileSlug([labels.fileName, report.partnershipName, String(report.year), report.recipient?.name].filter(Boolean).join(' '))
  return downloadResponse(body, CONTENT_TYPES[format], `${name}.${format}`)
}
