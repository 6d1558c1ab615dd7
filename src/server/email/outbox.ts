import { z } from 'zod'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import type { TMailTransport } from './transport'

/** After this many tries a message is left alone: kept, unsent, for an administrator to see. */
export const MAX_ATTEMPTS = 8

/**
 * How long a claimed message is hidden from other deliverers while it is being sent. Longer than
 * the transport's worst case (its timeouts in transport.ts); if the process dies mid-send, the
 * message becomes due again after this and is retried (at-least-once, never twice at the same time).
 */
export const CLAIM_LEASE_MS = 10 * 60_000

const MAX_DELAY_MS = 6 * 60 * 60_000
const MAX_ERROR_LENGTH = 500

/** The wait after the n-th failed try: 1, 5, 25, 125 minutes, then every 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 5 ** Math.max(0, attempts - 1), MAX_DELAY_MS)
}

export const ZEmail = z.object({
  /** What the email is about, e.g. membership.invite or meeting.invitation. */
  kind: z.string().trim().min(1).max(100),
  to: z.email(),
  // A line break in a subject would be a header injection; nodemailer folds it, but refuse it early.
  subject: z.string().trim().min(1).max(300).regex(/^[^\r\n]*$/),
  text: z.string().min(1),
  html: z.string().min(1).optional(),
  /** Not before this time (a reminder); now when absent. */
  sendAfter: z.date().optional(),
})
export type TEmail = z.input<typeof ZEmail>

/**
 * Queues an email. Call it with the transaction that makes the change the email tells about: the
 * message then exists if and only if the change committed, and survives a crash right after it.
 * Sending happens later (`deliverOutbox`, triggered by `kickOutbox()` in ./index.ts).
 */
export async function enqueueEmail(tx: Tx, email: TEmail): Promise<{ id: string }> {
  const data = ZEmail.parse(email)
  // sendAfter from the application's clock, as deliverOutbox compares with that clock: the
  // database's now() is rounded to milliseconds and could lie just ahead of it.
  return tx.emailOutbox.create({ data: { ...data, sendAfter: data.sendAfter ?? new Date() }, select: { id: true } })
}

/**
 * Sends due messages (unsent, `sendAfter` passed, fewer than MAX_ATTEMPTS tries), oldest first, at
 * most `limit`. Each is claimed on its own in a short transaction (`FOR UPDATE SKIP LOCKED`, then
 * `attempts + 1` and `sendAfter` pushed past the lease), so deliverers in several processes share
 * the queue without sending a message twice, and no transaction stays open during SMTP.
 * `attempts` counts tries begun, so a message that crashes its sender still runs out of tries.
 */
export async function deliverOutbox(
  db: Db,
  transport: TMailTransport,
  options: { limit?: number; now?: Date } = {},
): Promise<{ sent: number; failed: number }> {
  const limit = options.limit ?? 50
  const clock = () => options.now ?? new Date()
  let sent = 0
  let failed = 0
  for (let i = 0; i < limit; i++) {
    const email = await claimNext(db, clock())
    if (!email) break
    try {
      await transport.sendMail({ to: email.to, subject: email.subject, text: email.text, ...(email.html ? { html: email.html } : {}) })
    } catch (error) {
      failed++
      await db.emailOutbox.update({
        where: { id: email.id },
        data: { lastError: describeError(error), sendAfter: new Date(clock().getTime() + retryDelayMs(email.attempts)) },
      })
      continue
    }
    sent++
    await db.emailOutbox.update({ where: { id: email.id }, data: { sentAt: clock() } })
  }
  return { sent, failed }
}

async function claimNext(db: Db, now: Date) {
  return db.$transaction(async (tx) => {
    // The column is a timestamp without time zone holding UTC (Prisma's convention); converting
    // explicitly keeps the comparison right whatever the session's TimeZone is.
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "EmailOutbox"
      WHERE "sentAt" IS NULL
        AND "sendAfter" <= (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
        AND "attempts" < ${MAX_ATTEMPTS}::int
      ORDER BY "createdAt", "id"
      LIMIT 1
      FOR UPDATE SKIP LOCKED`
    if (!row) return null
    return tx.emailOutbox.update({
      where: { id: row.id },
      data: { attempts: { increment: 1 }, sendAfter: new Date(now.getTime() + CLAIM_LEASE_MS) },
      select: { id: true, to: true, subject: true, text: true, html: true, attempts: true },
    })
  })
}

/** One short line for the admin: the SMTP reply when there is one, never a stack. */
function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/\s+/g, ' ').trim().slice(0, MAX_ERROR_LENGTH) || 'unknown error'
}
