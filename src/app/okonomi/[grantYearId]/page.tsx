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
import { LettersAndReportsSection } from '@/features/award-letters/components/letters-and-reports-links'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'
import { pageTitle } from '@/i18n/page-title'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Funding', 'yearTitle')

const sections = [GrantYearSummary, FiguresSection, AllocationSection, AwardsSection, LettersAndReportsSection, CoFinancingSection, SpendingSection, CloseSection]

// Note: checked here and again in getGrantYear (scope) and in every action's use case.
export default definePage<{ grantYearId: string }>(
  { route: '/okonomi/[grantYearId]', permission: 'read:funding', noAccess: { redirectTo: '/okonomi' }, messages: clientMessages('Funding') },
  async ({ actor, db, params }) => {
    const year = foundOr404(await getGrantYear(db, actor, params.grantYearId))
    return <div className="flex flex-col gap-8">{sections.map((Part, i) => <Part key={i} year={year} />)}</div>
  },
)
