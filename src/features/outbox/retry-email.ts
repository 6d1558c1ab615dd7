import { z } from 'zod'
import { can, type Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'

export type TOutboxResult =
  | { ok: true; done: 'retried'; id: string }
  | { ok: false; error: 'forbidden' | 'invalid' | 'notFound'; fields?: string[]; input?: Record<string, string> }

const ZRetry = z.object({ emailId: z.uuid() })

/**
 * A platform administrator asks for an unsent email to be tried again now, with a fresh count of
 * tries (e.g. after the SMTP settings were mended). Sent email is never sent twice: the update
 * only matches a message still unsent. The audit row says who asked.
 */
export async function retryEmail(db: Db, actor: Actor, input: unknown): Promise<TOutboxResult> {
  if (!can(actor, 'manage:platform')) return { ok: false, error: 'forbidden' }
  const parsed = ZRetry.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: ['emailId'] }
  const { emailId } = parsed.data
  return db.$transaction(async (tx) => {
    const { count } = await tx.emailOutbox.updateMany({ where: { id: emailId, sentAt: null }, data: { attempts: 0, sendAfter: new Date() } })
    if (count === 0) return { ok: false, error: 'notFound' }
    await tx.auditLog.create({ data: { actorUserId: actor.userId, action: 'email.retry', entity: 'EmailOutbox', entityId: emailId } })
    return { ok: true, done: 'retried', id: emailId }
  })
}
