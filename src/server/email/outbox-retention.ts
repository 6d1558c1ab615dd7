import type { Db } from '@/server/db/client'
import { settingsFrom } from '@/server/settings'
import { MAX_ATTEMPTS } from './outbox'

/** Days an outbox row is kept (EMAIL_OUTBOX_RETENTION_DAYS, default 90). */
export function emailOutboxRetentionDays(env?: Record<string, string | undefined>): number {
  return settingsFrom(env).EMAIL_OUTBOX_RETENTION_DAYS
}

/**
 * Removes outbox rows past their retention: a sent message that long after it was sent, and one
 * that ran out of tries that long after it was queued (kept until then for an administrator to see
 * at /admin/epost). Rows still being tried are never removed. Each holds a recipient's address and
 * the message's text, personal data that the outbox needs only until the message is out.
 */
export async function pruneEmailOutbox(db: Pick<Db, 'emailOutbox'>, now = new Date(), days = emailOutboxRetentionDays()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000)
  const { count } = await db.emailOutbox.deleteMany({
    where: { OR: [{ sentAt: { lt: cutoff } }, { sentAt: null, attempts: { gte: MAX_ATTEMPTS }, createdAt: { lt: cutoff } }] },
  })
  return count
}
