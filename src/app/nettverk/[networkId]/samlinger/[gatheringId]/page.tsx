import { notFound } from 'next/navigation'
import { GatheringHeader, ParticipantsSection, ProgrammeSection, ProgressSection, RegistrationSection, TasksSection } from '@/features/networks/components/gathering-sections'
import { getGathering } from '@/features/networks/get-gathering'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Networks', 'gatheringTitleShort')

// Note: checked here and again in getGathering (scope) and in every action's use case.
export default definePage<{ networkId: string; gatheringId: string }>(
  { route: '/nettverk/[networkId]/samlinger/[gatheringId]', permission: 'read:partnership', noAccess: { redirectTo: '/nettverk' }, messages: clientMessages('Networks') },
  async ({ actor, db, params: { networkId, gatheringId } }) => {
    const g = await getGathering(db, actor, networkId, gatheringId)
    if (!g) notFound()
    return (
      <div className="flex flex-col gap-8">
        <GatheringHeader g={g} />
        <ProgrammeSection g={g} />
        <RegistrationSection g={g} />
        <TasksSection g={g} />
        <ProgressSection g={g} />
        <ParticipantsSection g={g} />
      </div>
    )
  },
)
