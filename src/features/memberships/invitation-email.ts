import type { Role } from '@/generated/prisma/client'
import { plainTextEmail } from '@/server/email/plain-text'
import { emailTranslator } from '@/server/email/translator'

export interface TInvitationEmail {
  /** The invitee's language (User.locale); bokmål when unknown. */
  locale: string | null | undefined
  name: string
  email: string
  inviter: string
  role: Role
  /** The organisation, partnership or unit the role is for; null for roles without one. */
  place: string | null
  loginUrl: string
}

/** The invitation email's subject and plain text, in the invitee's language. */
export function invitationEmail(input: TInvitationEmail): { subject: string; text: string } {
  const t = emailTranslator(input.locale)
  const role = t(`Roles.${input.role}`)
  const given = input.place
    ? t('Email.invitation.roleAt', { inviter: input.inviter, role, place: input.place })
    : t('Email.invitation.role', { inviter: input.inviter, role })
  const text = plainTextEmail(
    t,
    t('Email.invitation.greeting', { name: input.name }),
    [given, t('Email.invitation.about')],
    [t('Email.invitation.logIn', { email: input.email }), input.loginUrl],
    [t('Email.invitation.questions', { inviter: input.inviter })],
  )
  return { subject: t('Email.invitation.subject'), text }
}
