import nodemailer from 'nodemailer'
import { settingsFrom } from '@/server/settings'

/** The sender when EMAIL_FROM is unset: a no-reply address, since no one reads replies. */
export const DEFAULT_EMAIL_FROM = 'Samkomp <ikke-svar@samkomp.no>'

export interface TOutgoingEmail {
  to: string
  subject: string
  text: string
  html?: string
}

/** What the outbox needs from a transport: nodemailer's `sendMail`, resolving once the server took the message. */
export interface TMailTransport {
  sendMail(email: TOutgoingEmail): Promise<unknown>
}

/** The environment cannot send email, and must: raised when email is attempted, never a silent drop. */
export class EmailConfigError extends Error {
  override name = 'EmailConfigError'
}

type TEnv = Record<string, string | undefined>

/**
 * A nodemailer transport from the environment (docs/decisions/014-email-outbox-smtp.md):
 * - `SMTP_URL` (smtp://user:pass@host:587, smtps://… for port 465): real SMTP.
 * - Unset in development or demo mode: nodemailer's JSON transport, which builds each message
 *   exactly as for SMTP (so bad addresses still fail) and logs it as one line instead of sending.
 * - Unset in production outside demo mode: an EmailConfigError, since a forgotten setting there
 *   would otherwise look like email that was sent.
 */
export function createMailTransport(environment?: TEnv): TMailTransport {
  const env = settingsFrom(environment)
  const from = env.EMAIL_FROM?.trim() || DEFAULT_EMAIL_FROM
  const url = env.SMTP_URL?.trim()
  if (url) {
    // Timeouts well below the outbox's claim lease (outbox.ts), so a hanging server cannot make a
    // claimed message look abandoned and be picked up by a second deliverer while still in flight.
    return nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 }, { from })
  }
  if (env.NODE_ENV === 'production' && !env.demoMode) {
    throw new EmailConfigError('SMTP_URL is not set: email cannot be sent in production. Set SMTP_URL (and EMAIL_FROM); queued messages stay in EmailOutbox until then.')
  }
  const json = nodemailer.createTransport({ jsonTransport: true })
  return {
    async sendMail(email) {
      const info = await json.sendMail({ from, ...email })
      // One line per message (JSON escapes the line breaks), with the text, so a developer can
      // follow a link in it.
      console.info(`[email] not sent (SMTP_URL is unset): ${JSON.stringify({ to: email.to, subject: email.subject, text: email.text })}`)
      return info
    },
  }
}

const cache = globalThis as unknown as { samkompMailTransport?: TMailTransport }

/** The process's transport, made on first use (so a misconfiguration surfaces when email is attempted). */
export function getMailTransport(): TMailTransport {
  cache.samkompMailTransport ??= createMailTransport()
  return cache.samkompMailTransport
}
