import { formatOslo } from '@/lib/oslo-time'
import { plainTextEmail } from '@/server/email/plain-text'
import { emailTranslator } from '@/server/email/translator'

interface TGatheringFacts {
  locale: string | null | undefined
  name: string
  network: string
  title: string
  startsAt: Date
  place: string | null
  url: string
}

/** The invitation to a planned gathering, in the recipient's language. */
export function gatheringInvitationEmail(input: TGatheringFacts) {
  const t = emailTranslator(input.locale)
  const when = formatOslo(input.startsAt, input.locale, { dateStyle: 'full', timeStyle: 'short' })
  const text = plainTextEmail(
    t,
    t('Networks.email.greeting', { name: input.name }),
    [t('Networks.email.invited', { network: input.network, title: input.title }), t('Networks.email.when', { when }), input.place && t('Networks.email.where', { place: input.place })],
    [t('Networks.email.register'), input.url],
  )
  return { subject: t('Networks.email.invitationSubject', { network: input.network, title: input.title }), text }
}

/** To a unit's principal or head: the pre-work for the gathering is not in yet. */
export function preWorkReminderEmail(input: TGatheringFacts & { unit: string; tasks: { text: string; dueOn: Date }[] }) {
  const t = emailTranslator(input.locale)
  const when = formatOslo(input.startsAt, input.locale, { dateStyle: 'full', timeStyle: 'short' })
  const text = plainTextEmail(
    t,
    t('Networks.email.greeting', { name: input.name }),
    [t('Networks.email.reminder', { unit: input.unit, title: input.title, when })],
    input.tasks.map((task) => `- ${task.text} (${t('Networks.email.due', { due: formatOslo(task.dueOn, input.locale, { dateStyle: 'long' }) })})`),
    [t('Networks.email.submitHere'), input.url],
  )
  return { subject: t('Networks.email.reminderSubject', { title: input.title }), text }
}

/** To the first on the waiting list when a seat comes free. */
export function seatFreedEmail(input: TGatheringFacts) {
  const t = emailTranslator(input.locale)
  const when = formatOslo(input.startsAt, input.locale, { dateStyle: 'full', timeStyle: 'short' })
  const text = plainTextEmail(t, t('Networks.email.greeting', { name: input.name }), [t('Networks.email.seatFreed', { title: input.title, when })], [input.url])
  return { subject: t('Networks.email.seatFreedSubject', { title: input.title }), text }
}
