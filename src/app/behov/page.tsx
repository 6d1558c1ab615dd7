import { getTranslations } from 'next-intl/server'
import { CreateReportForm } from '@/features/needs/components/forms'
import { NeedsSummaries } from '@/features/needs/components/needs-summaries'
import { ReportsTable } from '@/features/needs/components/reports-table'
import { getNeedsOverview, REPORTS_PER_PAGE } from '@/features/needs/get-needs-overview'
import { Pagination } from '@/components/ui/pagination'
import { ZPageNumber } from '@/lib/paging'
import { OSLO } from '@/lib/oslo-time'
import { can } from '@/server/authz/actor'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Needs', 'reportsTitle')

// Note: checked here and again in getNeedsOverview (permission and needsReadScope).
export default definePage({ route: '/behov', permission: 'read:needs', noAccess: { namespace: 'Needs' }, messages: clientMessages('Development', 'Needs') }, async ({ actor, db, searchParams }) => {
  const t = await getTranslations('Needs')
  const { side: page } = ZPageNumber.parse(searchParams)
  const overview = await getNeedsOverview(db, actor, { page, pageSize: REPORTS_PER_PAGE })
  const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: OSLO }).format(new Date()))

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('reportsTitle')} lead={t('reportsLead')} related={can(actor, 'read:orders') && { href: '/bestillinger', label: t('ordersLink') }} />

      <Section id="reports" heading={t('reportsHeading')} form={overview.contexts.length > 0 && { summary: t('newReport'), initiallyOpen: overview.total === 0, node: <CreateReportForm contexts={overview.contexts} year={year} /> }}>
        <ReportsTable reports={overview.reports} />
        <Pagination page={page} pageSize={REPORTS_PER_PAGE} total={overview.total} href={(n) => `/behov?side=${n}`} label={t('reportsPages')} />
      </Section>

      {overview.summaries.length > 0 && <NeedsSummaries summaries={overview.summaries} />}
    </div>
  )
})
