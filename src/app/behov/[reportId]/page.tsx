import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { ReportPriorities } from '@/features/needs/components/report-priorities'
import { ReportWriting } from '@/features/needs/components/report-writing'
import { getNeedsReport } from '@/features/needs/get-needs-report'
import { OSLO } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { clientMessages } from '@/i18n/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Needs')
  return { title: t('reportsTitle') }
}

// Note: checked here and again in getNeedsReport (needsReadScope) and in every action's use case.
export default definePage<{ reportId: string }>({ route: '/behov/[reportId]', permission: 'read:needs', noAccess: { redirectTo: '/behov' }, messages: clientMessages('Development', 'Needs') }, async ({ actor, db, params }) => {
  const report = await getNeedsReport(db, actor, params.reportId)
  // Another owner's report, or a draft the forum may not see, looks like one that does not exist.
  if (!report) notFound()
  const t = await getTranslations('Needs')
  const format = await getFormatter()

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Paragraph data-size="sm">
          <Link href="/behov" className="ds-link">
            {t('backToReports')}
          </Link>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {report.title}
        </Heading>
        <Paragraph>{t('reportMeta', { partnership: report.partnershipName, year: report.year, owners: report.owners.join(', ') })}</Paragraph>
        <Paragraph>
          <strong>{t(`reportStatuses.${report.status}`)}</strong>
          {report.submittedAt && ` ${format.dateTime(report.submittedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })}`}
        </Paragraph>
        <Paragraph className="whitespace-pre-line">{report.summary}</Paragraph>
      </div>

      <ReportPriorities report={report} />

      {report.canEdit && <ReportWriting report={report} />}
    </div>
  )
})
