import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { MeetingsSection, MembersSection } from '@/features/forum/components/forum-sections'
import { RecommendationSection } from '@/features/forum/components/recommendation-section'
import { BodyFacts, CirculationSection, CompositionSection } from '@/features/forum/components/body-sections'
import { getForum, MEETINGS_PER_PAGE } from '@/features/forum/get-forum'
import { ZPageNumber } from '@/lib/paging'
import { getRecommendation, recommendationYear } from '@/features/forum/recommendation'
import { osloDay } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Forum', 'title')

// Note: checked here and again in getForum (scope) and in every action's use case.
export default definePage<{ forumId: string }>(
  { route: '/forum/[forumId]', permission: 'read:forum', noAccess: { redirectTo: '/forum' }, messages: clientMessages('Forum') },
  async ({ actor, db, params, searchParams }) => {
    const { side: page } = ZPageNumber.parse(searchParams)
    const forum = await getForum(db, actor, params.forumId, { page, pageSize: MEETINGS_PER_PAGE })
    // Another tenant's forum looks exactly like one that does not exist.
    if (!forum) notFound()
    const asked = searchParams.ar
    // Only the collaboration forum makes the yearly recommendation; a steering group's decisions are its own (issue 20).
    const recommendation = forum.kind === 'COLLABORATION_FORUM' ? await getRecommendation(db, actor, forum.id, recommendationYear(typeof asked === 'string' ? asked : null)) : null
    const t = await getTranslations('Forum')
    const today = osloDay(new Date()).toISOString().slice(0, 10)

    return (
      <div className="flex flex-col gap-8">
        <PageHeader title={forum.name} back={{ href: '/forum', label: t('back') }} lead={forum.mandate} related={{ href: `/vedtak/${forum.partnershipSlug}`, label: t('journalLink') }}>
          <BodyFacts forum={forum} />
        </PageHeader>
        <CompositionSection forum={forum} />
        <MeetingsSection forum={forum} page={page} />
        <CirculationSection forum={forum} today={today} />
        {recommendation && <RecommendationSection recommendation={recommendation} />}
        <MembersSection forum={forum} today={today} />
      </div>
    )
  },
)
