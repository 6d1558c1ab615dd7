import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { OrderFacilitators } from '@/features/needs/components/order-facilitators'
import { OrderFacts } from '@/features/needs/components/order-facts'
import { OrderSteps } from '@/features/needs/components/order-steps'
import { getOrder } from '@/features/needs/get-order'
import { OSLO } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Needs')
  return { title: t('ordersTitle') }
}

// Note: checked here and again in getOrder (orderReadScope) and in every action's use case.
export default definePage<{ orderId: string }>({ route: '/bestillinger/[orderId]', permission: 'read:orders', noAccess: { redirectTo: '/bestillinger' } }, async ({ actor, db, params }) => {
  const order = await getOrder(db, actor, params.orderId)
  // Another owner's order, or a draft the UH partner may not see, looks like one that does not exist.
  if (!order) notFound()
  const t = await getTranslations('Needs')
  const format = await getFormatter()
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Paragraph data-size="sm">
          <Link href="/bestillinger" className="ds-link">
            {t('backToOrders')}
          </Link>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {order.title}
        </Heading>
        <Paragraph>{t('orderMeta', { owners: order.owners.join(', '), university: order.universityName, partnership: order.partnershipName })}</Paragraph>
        <Paragraph>
          <strong>{t(`orderStatuses.${order.status}`)}</strong>
          {order.sentAt && ` · ${t('sentAt', { when: when(order.sentAt) })}`}
        </Paragraph>
      </div>

      <OrderFacts order={order} />
      <OrderFacilitators order={order} />
      <OrderSteps order={order} />
    </div>
  )
})
