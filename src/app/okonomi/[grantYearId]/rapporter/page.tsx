import { OwnerReportsView } from '@/features/owner-reports/components/owner-reports-view'
import { getOwnerReports } from '@/features/owner-reports/get-owner-reports'
import { clientMessages } from '@/i18n/client-messages'
import { pageTitle } from '@/i18n/page-title'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'

export const generateMetadata = pageTitle('OwnerReports', 'pageTitle')

// Note: checked here and again in getOwnerReports (scope) and in both actions' use cases.
export default definePage<{ grantYearId: string }>(
  { route: '/okonomi/[grantYearId]/rapporter', permission: 'read:funding', noAccess: { redirectTo: '/okonomi' }, messages: clientMessages('OwnerReports') },
  async ({ actor, db, params }) => <OwnerReportsView page={foundOr404(await getOwnerReports(db, actor, params.grantYearId))} />,
)
