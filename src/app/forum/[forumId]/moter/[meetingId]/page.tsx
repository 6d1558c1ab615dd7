import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Alert, Paragraph } from '@/components/ui/ds-static'
import { AgendaSection, AttendanceSection, MinutesSection } from '@/features/forum/components/meeting-sections'
import { getMeeting } from '@/features/forum/get-meeting'
import { MarkHeldForm } from '@/features/forum/components/body-forms'
import { OSLO } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Forum', 'agendaHeading')

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
        <PageHeader title={meeting.title} back={{ href: `/forum/${meeting.forum.id}`, label: meeting.forum.name }}>
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
          {meeting.canManage && meeting.status === 'PLANNED' && !meeting.held && <MarkHeldForm meetingId={meeting.id} />}
        </PageHeader>
        <AgendaSection meeting={meeting} />
        <AttendanceSection meeting={meeting} />
        <MinutesSection meeting={meeting} />
      </div>
    )
  },
)
