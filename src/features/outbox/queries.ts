import 'server-only'
import { requirePermission, type Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { MAX_ATTEMPTS } from '@/server/email/outbox'

export interface TQueuedEmail {
  id: string
  kind: string
  to: string
  subject: string
  createdAt: Date
  sendAfter: Date
  attempts: number
  lastError: string | null
  /** Out of tries: the outbox will not send it again unless someone asks. */
  givenUp: boolean
}

/**
 * The email not yet sent, oldest first: what waits for its next try and what has run out of
 * tries. Platform administrators only (`manage:platform`): the queue holds every tenant's mail and
 * is not tenant data itself (ADR 014).
 */
export async function getEmailQueue(db: Db, actor: Actor): Promise<{ emails: TQueuedEmail[]; pending: number; givenUp: number }> {
  requirePermission(actor, 'manage:platform')
  const [rows, givenUp, total] = await Promise.all([
    db.emailOutbox.findMany({
      where: { sentAt: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 200,
      select: { id: true, kind: true, to: true, subject: true, createdAt: true, sendAfter: true, attempts: true, lastError: true },
    }),
    db.emailOutbox.count({ where: { sentAt: null, attempts: { gte: MAX_ATTEMPTS } } }),
    db.emailOutbox.count({ where: { sentAt: null } }),
  ])
  return { emails: rows.map((r) => ({ ...r, givenUp: r.attempts >= MAX_ATTEMPTS })), pending: total - givenUp, givenUp }
}
