import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { ReportPriorities } from '@/features/needs/components/report-priorities'
import { ReportWriting } from '@/features/needs/components/report-writing'
import { getNeedsReport } from '@/features/needs/get-needs-report'
import { OSLO } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Needs', 'reportsTitle')

// Note: checked here and again in getNeedsReport (needsReadScope) and in every action's use case.
export default definePage<{ reportId: string }>({ route: '/behov/[reportId]', permission: 'read:needs', noAccess: { redirectTo: '/behov' }, messages: clientMessages('Development', 'Needs') }, async ({ actor, db, params }) => {
  // Another owner's report, or a draft the forum may not see, looks like one that does not exist.
  const report = foundOr404(await getNeedsReport(db, actor, params.reportId))
  const t = await getTranslations('Needs')
  const format = await getFormatter()

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={report.title} back={{ href: '/behov', label: t('backToReports') }} lead={t('reportMeta', { partnership: report.partnershipName, year: report.year, owners: report.owners.join(', ') })}>
        <Paragraph>
          <strong>{t(`reportStatuses.${report.status}`)}</strong>
          {report.submittedAt && ` ${format.dateTime(report.submittedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })}`}
        </Paragraph>
        <Paragraph className="whitespace-pre-line">{report.summary}</Paragraph>
      </PageHeader>

      <ReportPriorities report={report} />

      {report.canEdit && <ReportWriting report={report} />}
    </div>
  )
})
