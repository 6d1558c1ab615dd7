import { MeasuresSection, ModulesSection, ResourceHeader, UsesSection } from '@/features/portal/components/resource-sections'
import { getResource } from '@/features/portal/get-resource'
import { clientMessages } from '@/i18n/client-messages'
import { pageTitle } from '@/i18n/page-title'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'

export const generateMetadata = pageTitle('Portal', 'title')

const sections = [ResourceHeader, ModulesSection, UsesSection, MeasuresSection]

// Note: checked here and again in getResource (resourceReadScope) and in every action's use case.
export default definePage<{ resourceId: string }>(
  { route: '/ressurser/[resourceId]', permission: 'read:partnership', noAccess: { redirectTo: '/ressurser' }, messages: clientMessages('Portal', 'Development') },
  async ({ actor, db, params }) => {
    const resource = foundOr404(await getResource(db, actor, params.resourceId))
    return <div className="flex flex-col gap-8">{sections.map((Part, i) => <Part key={i} resource={resource} />)}</div>
  },
)
