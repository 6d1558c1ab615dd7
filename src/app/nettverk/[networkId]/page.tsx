import { GatheringsSection, MaterialsSection, NetworkHeader, PeopleSection, StrengthsSection, UnitsSection } from '@/features/networks/components/network-sections'
import { getNetwork } from '@/features/networks/get-network'
import { LeaderGroupSection } from '@/features/leader-groups/components/leader-group-section'
import { getLeaderGroup } from '@/features/leader-groups/get-leader-group'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'
import { pageTitle } from '@/i18n/page-title'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Networks', 'title')

const sections = [NetworkHeader, GatheringsSection, UnitsSection, StrengthsSection, MaterialsSection, PeopleSection]

// Note: checked here and again in getNetwork (scope) and in every action's use case.
export default definePage<{ networkId: string }>(
  { route: '/nettverk/[networkId]', permission: 'read:partnership', noAccess: { redirectTo: '/nettverk' }, messages: clientMessages('Networks', 'LeaderGroups') },
  async ({ actor, db, params, searchParams }) => {
    const asked = searchParams.sok
    const network = foundOr404(await getNetwork(db, actor, params.networkId, typeof asked === 'string' ? asked : ''))
    // A leader network's programme sits under its header (issue 20); other networks have none.
    const group = network.type === 'LEADER' ? await getLeaderGroup(db, actor, network.id) : null
    const [header, ...rest] = sections.map((Part, i) => <Part key={i} network={network} />)
    return (
      <div className="flex flex-col gap-8">
        {header}
        {group && <LeaderGroupSection group={group} />}
        {rest}
      </div>
    )
  },
)
