import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react'
import { AgendaSection, AttendanceSection, MinutesSection } from '@/features/forum/components/meeting-sections'
import { getMeeting } from '@/features/forum/get-meeting'
import { OSLO } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { clientMessages } from '@/i18n/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Forum')
  return { title: t('agendaHeading') }
}

// Note: checked here and again in getMeeting (scope) and in every action's use case.
export default definePage<{ forumId: string; meetingId: string }>(
  { route: '/forum/[forumId]/moter/[meetingId]', permission: 'read:forum', noAccess: { redirectTo: '/forum' }, messages: clientMessages('Forum') },
  async ({ actor, db, params: { forumId, meetingId } }) => {
    const meeting = await getMeeting(db, actor, meetingId)
    if (!meeting || meeting.forum.id !== forumId) notFound()
    const t = await getTranslations('Forum')
    const format = await getFormatter()

    return (
      <div className="flex flex-col gap-8">
        <div>
          <Paragraph data-size="sm">
            <Link href={`/forum/${meeting.forum.id}`} className="ds-link">
              {meeting.forum.name}
            </Link>
          </Paragraph>
          <Heading level={1} data-size="lg">
            {meeting.title}
          </Heading>
          <Paragraph>
            {format.dateTime(meeting.startsAt, { dateStyle: 'full', timeStyle: 'short', timeZone: OSLO })}
            {meeting.place && ` · ${meeting.place}`} · {t(`meetingStatuses.${meeting.status}`)}
          </Paragraph>
          {meeting.videoUrl && (
            <Paragraph>
              <a href={meeting.videoUrl} className="ds-link" rel="noopener noreferrer">
                {t('videoUrl')}
              </a>
            </Paragraph>
          )}
          {meeting.locked && <Alert data-color="info">{t('locked')}</Alert>}
        </div>
        <AgendaSection meeting={meeting} />
        <AttendanceSection meeting={meeting} />
        <MinutesSection meeting={meeting} />
      </div>
    )
  },
)
