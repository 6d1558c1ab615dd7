import { formatOslo } from '@/lib/oslo-time'
import { plainTextEmail } from '@/server/email/plain-text'
import { emailTranslator } from '@/server/email/translator'

/** A meeting invitation's subject and plain text, in the member's language. */
export function meetingInvitationEmail(input: { locale: string | null | undefined; name: string; forum: string; title: string; startsAt: Date; place: string | null; videoUrl: string | null; url: string }) {
  const t = emailTranslator(input.locale)
  const when = formatOslo(input.startsAt, input.locale, { dateStyle: 'full', timeStyle: 'short' })
  const text = plainTextEmail(
    t,
    t('Email.meeting.greeting', { name: input.name }),
    [
      t('Email.meeting.invited', { forum: input.forum, title: input.title }),
      t('Email.meeting.when', { when }),
      input.place && t('Email.meeting.where', { place: input.place }),
      input.videoUrl && t('Email.meeting.video', { url: input.videoUrl }),
    ],
    [t('Email.meeting.papers'), input.url],
  )
  return { subject: t('Email.meeting.subject', { forum: input.forum, title: input.title }), text }
}
