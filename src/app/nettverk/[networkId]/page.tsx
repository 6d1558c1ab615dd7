import { notFound } from 'next/navigation'
import { GatheringsSection, MaterialsSection, NetworkHeader, PeopleSection, StrengthsSection, UnitsSection } from '@/features/networks/components/network-sections'
import { getNetwork } from '@/features/networks/get-network'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Networks', 'title')

// Note: checked here and again in getNetwork (scope) and in every action's use case.
export default definePage<{ networkId: string }>(
  { route: '/nettverk/[networkId]', permission: 'read:partnership', noAccess: { redirectTo: '/nettverk' }, messages: clientMessages('Networks') },
  async ({ actor, db, params, searchParams }) => {
    const asked = searchParams.sok
    const network = await getNetwork(db, actor, params.networkId, typeof asked === 'string' ? asked : '')
    // Another tenant's network looks exactly like one that does not exist.
    if (!network) notFound()
    return (
      <div className="flex flex-col gap-8">
        <NetworkHeader network={network} />
        <GatheringsSection network={network} />
        <UnitsSection network={network} />
        <StrengthsSection network={network} />
        <MaterialsSection network={network} />
        <PeopleSection network={network} />
      </div>
    )
  },
)
