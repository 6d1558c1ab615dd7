import 'server-only'
import { getLocale, getTranslations } from 'next-intl/server'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'
import { downloadResponse, fileSlug } from '@/server/http/download'
import { getFundingReport } from './queries'
import { reportLabels } from './reports/labels'
import { renderFundingPdf, renderFundingXlsx } from './reports/render'

const contentTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const

/**
 * GET of the yearly financial report as a file, for the route handlers under
 * /okonomi/[grantYearId]. The same checks as the grant year page: a person who may not see the
 * year (or the recipient in `?mottaker=`) gets 404, exactly as for a year that does not exist.
 */
export async function fundingReportResponse(request: Request, grantYearId: string, format: keyof typeof contentTypes): Promise<Response> {
  const actor = await getActor()
  if (!actor) return Response.redirect(new URL('/logg-inn', request.url), 303)
  if (!can(actor, 'read:funding')) return new Response(null, { status: 403 })
  const recipientId = new URL(request.url).searchParams.get('mottaker')
  const report = await getFundingReport(await getDb(), actor, grantYearId, recipientId || null)
  if (!report) return new Response(null, { status: 404 })

  const locale = await getLocale()
  const labels = reportLabels(await getTranslations({ locale, namespace: 'FundingReport' }))
  const body = format === 'xlsx' ? await renderFundingXlsx(report, labels, locale) : await renderFundingPdf(report, labels, locale)
  const name = fileSlug([labels.fileName, report.partnershipName, String(report.year), report.recipient?.name].filter(Boolean).join(' '))
  return downloadResponse(body, contentTypes[format], `${name}.${format}`)
}
