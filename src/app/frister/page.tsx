import { DeadlineSection, DeadlinesHeader, NoDeadlines } from '@/features/deadlines/components/deadline-sections'
import { getDeadlines } from '@/features/deadlines/get-deadlines'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'
import { pageTitle } from '@/i18n/page-title'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Deadlines', 'heading')

// Note: checked here and again in getDeadlines (county scope) and in the action's use case.
export default definePage(
  { route: '/frister', permission: 'read:partnership', noAccess: { namespace: 'Deadlines' }, messages: clientMessages('Deadlines') },
  async ({ actor, db }) => {
    const view = foundOr404(await getDeadlines(db, actor))
    const year = new Date().getFullYear()
    return (
      <div className="flex flex-col gap-8">
        <DeadlinesHeader view={view} year={year} />
        {view.deadlines.length === 0 ? <NoDeadlines /> : view.deadlines.map((d, i) => <DeadlineSection key={d.id} deadline={d} index={i} />)}
      </div>
    )
  },
)
