import { appUrl } from '@/server/email/app-url'
import { enqueueEmail } from '@/server/email/outbox'
import { plainTextEmail } from '@/server/email/plain-text'
import { emailTranslator } from '@/server/email/translator'
import type { Tx } from '@/server/db/tenant'

/**
 * Tells the other side of an order that it is its turn, in the same transaction as the change:
 * a sent order goes to the UH partner's people, an offer to the owners' people (active
 * memberships with an email address, each in their own language).
 */
export async function orderEmails(tx: Tx, orderId: string, event: 'sent' | 'offered') {
  const order = await tx.uhOrder.findUniqueOrThrow({
    where: { id: orderId },
    select: { title: true, universityId: true, university: { select: { name: true } }, owners: { select: { ownerId: true, owner: { select: { name: true } } } } },
  })
  const recipients = await tx.membership.findMany({
    where:
      event === 'sent'
        ? { role: 'UNIVERSITY_PARTNER', organisationId: order.universityId, endedAt: null }
        : { role: 'SCHOOL_OWNER', organisationId: { in: order.owners.map((o) => o.ownerId) }, endedAt: null },
    select: { user: { select: { name: true, email: true, locale: true, disabledAt: true } } },
  })
  const url = appUrl(`/bestillinger/${orderId}`)
  const from = event === 'sent' ? order.owners.map((o) => o.owner.name).join(', ') : order.university.name
  const seen = new Set<string>()
  for (const { user } of recipients) {
    if (!user.email || user.disabledAt || seen.has(user.email)) continue
    seen.add(user.email)
    const t = emailTranslator(user.locale)
    const text = plainTextEmail(t, t('Needs.email.greeting', { name: user.name }), [t(`Needs.email.${event}`, { from, title: order.title })], [url])
    await enqueueEmail(tx, { kind: `uh_order.${event}`, to: user.email, subject: t(`Needs.email.${event}Subject`, { title: order.title }), text })
  }
}
