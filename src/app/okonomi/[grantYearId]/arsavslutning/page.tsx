import {
  CloseOrReopenSection,
  HistorySection,
  MovesSection,
  SettlementSection,
  UnusedMoneySection,
  YearEndHeader,
} from '@/features/year-end/components/year-end-sections'
import { getYearEnd } from '@/features/year-end/get-year-end'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'
import { pageTitle } from '@/i18n/page-title'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('YearEnd', 'pageTitle')

const sections = [YearEndHeader, UnusedMoneySection, SettlementSection, MovesSection, CloseOrReopenSection, HistorySection]

// Note: checked here and again in getYearEnd (scope) and in every action's use case.
export default definePage<{ grantYearId: string }>(
  { route: '/okonomi/[grantYearId]/arsavslutning', permission: 'read:funding', noAccess: { redirectTo: '/okonomi' }, messages: clientMessages('YearEnd') },
  async ({ actor, db, params }) => {
    const end = foundOr404(await getYearEnd(db, actor, params.grantYearId))
    return <div className="flex flex-col gap-8">{sections.map((Part, i) => <Part key={i} end={end} />)}</div>
  },
)
