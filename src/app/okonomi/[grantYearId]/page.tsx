import { notFound } from 'next/navigation'
import {
  AllocationSection,
  AwardsSection,
  CloseSection,
  CoFinancingSection,
  FiguresSection,
  GrantYearSummary,
  SpendingSection,
} from '@/features/funding/components/grant-year-sections'
import { getGrantYear } from '@/features/funding/get-grant-year'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Funding', 'yearTitle')

// Note: checked here and again in getGrantYear (scope) and in every action's use case.
export default definePage<{ grantYearId: string }>(
  { route: '/okonomi/[grantYearId]', permission: 'read:funding', noAccess: { redirectTo: '/okonomi' }, messages: clientMessages('Funding') },
  async ({ actor, db, params }) => {
    const year = await getGrantYear(db, actor, params.grantYearId)
    // Another tenant's year looks exactly like one that does not exist.
    if (!year) notFound()
    return (
      <div className="flex flex-col gap-8">
        <GrantYearSummary year={year} />
        <FiguresSection year={year} />
        <AllocationSection year={year} />
        <AwardsSection year={year} />
        <CoFinancingSection year={year} />
        <SpendingSection year={year} />
        <CloseSection year={year} />
      </div>
    )
  },
)
