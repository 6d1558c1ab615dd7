import { GatheringHeader, ParticipantsSection, ProgrammeSection, ProgressSection, RegistrationSection, TasksSection } from '@/features/networks/components/gathering-sections'
import { getGathering } from '@/features/networks/get-gathering'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'
import { pageTitle } from '@/i18n/page-title'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Networks', 'gatheringTitleShort')

const sections = [GatheringHeader, ProgrammeSection, RegistrationSection, TasksSection, ProgressSection, ParticipantsSection]

// Note: checked here and again in getGathering (scope) and in every action's use case.
export default definePage<{ networkId: string; gatheringId: string }>(
  { route: '/nettverk/[networkId]/samlinger/[gatheringId]', permission: 'read:partnership', noAccess: { redirectTo: '/nettverk' }, messages: clientMessages('Networks') },
  async ({ actor, db, params: { networkId, gatheringId } }) => {
    const g = foundOr404(await getGathering(db, actor, networkId, gatheringId))
    return <div className="flex flex-col gap-8">{sections.map((Part, i) => <Part key={i} g={g} />)}</div>
  },
)
