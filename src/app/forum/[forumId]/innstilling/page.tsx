import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { RecommendationLifecycleSection } from '@/features/forum/components/recommendation-lifecycle-section'
import { recommendationYear } from '@/features/forum/recommendation'
import { getRecommendationWork } from '@/features/forum/recommendation-versions'
import { PageHeader } from '@/components/ui/page-header'
import { clientMessages } from '@/i18n/client-messages'
import { pageTitle } from '@/i18n/page-title'
import { osloDay } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'

export const generateMetadata = pageTitle('RecommendationLifecycle', 'pageTitle')

// Note: checked here and again in getRecommendationWork (scope) and in every action's use case.
export default definePage<{ forumId: string }>(
  { route: '/forum/[forumId]/innstilling', permission: 'read:forum', noAccess: { redirectTo: '/forum' }, messages: clientMessages('RecommendationLifecycle') },
  async ({ actor, db, params, searchParams }) => {
    const asked = typeof searchParams.ar === 'string' ? searchParams.ar : null
    const today = osloDay(new Date()).toISOString().slice(0, 10)
    const year = recommendationYear(asked) ?? Number(today.slice(0, 4))
    const work = await getRecommendationWork(db, actor, params.forumId, year)
    // Another tenant's forum looks exactly like one that does not exist.
    if (!work) notFound()
    const t = await getTranslations('RecommendationLifecycle')
    return (
      <div className="flex flex-col gap-8">
        <PageHeader title={t('heading', { year })} back={{ href: `/forum/${work.forumId}?ar=${year}`, label: t('back', { forum: work.forumName }) }} lead={t('lead')} />
        <RecommendationLifecycleSection work={work} today={today} />
      </div>
    )
  },
)
