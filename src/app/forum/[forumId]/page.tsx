import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { MeetingsSection, MembersSection } from '@/features/forum/components/forum-sections'
import { RecommendationSection } from '@/features/forum/components/recommendation-section'
import { getForum } from '@/features/forum/get-forum'
import { getRecommendation, recommendationYear } from '@/features/forum/recommendation'
import { osloDay } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { clientMessages } from '@/i18n/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Forum')
  return { title: t('title') }
}

// Note: checked here and again in getForum (scope) and in every action's use case.
export default definePage<{ forumId: string }>(
  { route: '/forum/[forumId]', permission: 'read:forum', noAccess: { redirectTo: '/forum' }, messages: clientMessages('Forum') },
  async ({ actor, db, params, searchParams }) => {
    const forum = await getForum(db, actor, params.forumId)
    // Another tenant's forum looks exactly like one that does not exist.
    if (!forum) notFound()
    const asked = searchParams.ar
    const recommendation = await getRecommendation(db, actor, forum.id, recommendationYear(typeof asked === 'string' ? asked : null))
    const t = await getTranslations('Forum')
    const today = osloDay(new Date()).toISOString().slice(0, 10)

    return (
      <div className="flex flex-col gap-8">
        <div>
          <Paragraph data-size="sm">
            <Link href="/forum" className="ds-link">
              {t('back')}
            </Link>
          </Paragraph>
          <Heading level={1} data-size="lg">
            {forum.name}
          </Heading>
          {forum.mandate && <Paragraph>{forum.mandate}</Paragraph>}
          <Paragraph>
            <Link href={`/vedtak/${forum.partnershipSlug}`} className="ds-link">
              {t('journalLink')}
            </Link>
          </Paragraph>
        </div>
        <MeetingsSection forum={forum} />
        {recommendation && <RecommendationSection recommendation={recommendation} />}
        <MembersSection forum={forum} today={today} />
      </div>
    )
  },
)
