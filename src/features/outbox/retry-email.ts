import { z } from 'zod'
import { defineUseCase } from '@/server/usecase/define-use-case'

export type TOutboxResult =
  | { ok: true; done: 'retried'; id: string }
  | { ok: false; error: 'forbidden' | 'invalid' | 'notFound'; fields?: string[]; input?: Record<string, string> }

const ZRetry = z.object({ emailId: z.uuid() })

/**
 * A platform administrator asks for an unsent email to be tried again now, with a fresh count of
 * tries (e.g. after the SMTP settings were mended). Sent email is never sent twice: the update
 * only matches a message still unsent. The audit row says who asked.
 */
export const retryEmail = defineUseCase(
  {
    name: 'outbox.retry-email',
    permission: 'manage:platform',
    input: ZRetry,
    // The queue is the platform's, not a tenant's.
    scope: 'platform',
    audit: 'email.retry',
    revalidate: () => ['/admin/epost'],
    sendsEmail: true,
  },
  async ({ tx, input: { emailId }, audit }): Promise<TOutboxResult> => {
    const { count } = await tx.emailOutbox.updateMany({ where: { id: emailId, sentAt: null }, data: { attempts: 0, sendAfter: new Date() } })
    if (count === 0) return { ok: false, error: 'notFound' }
    await audit({ entity: 'EmailOutbox', entityId: emailId })
    return { ok: true, done: 'retried', id: emailId }
  },
)
