import { fundingReportResponse } from '@/features/funding/report-response'

// Note: 'read:funding' is checked in fundingReportResponse and again by the scope in getFundingReport.
export async function GET(request: Request, { params }: { params: Promise<{ grantYearId: string }> }) {
  return fundingReportResponse(request, (await params).grantYearId, 'pdf')
}
