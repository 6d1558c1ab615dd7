import { fundingReportResponse } from '@/features/funding/report-response'
import { defineRoute } from '@/server/usecase/define-route'

// Note: 'read:funding' is checked by defineRoute and again by the scope in getFundingReport.
export const GET = defineRoute<{ grantYearId: string }>({ route: '/okonomi/[grantYearId]/rapport.pdf', permission: 'read:funding' }, ({ request, actor, db, params }) =>
  fundingReportResponse(db, actor, request, params.grantYearId, 'pdf'),
)
