import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { OrderFacilitators } from '@/features/needs/components/order-facilitators'
import { OrderFacts } from '@/features/needs/components/order-facts'
import { OrderSteps } from '@/features/needs/components/order-steps'
import { getOrder } from '@/features/needs/get-order'
import { OSLO } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Needs', 'ordersTitle')

// Note: checked here and again in getOrder (orderReadScope) and in every action's use case.
export default definePage<{ orderId: string }>({ route: '/bestillinger/[orderId]', permission: 'read:orders', noAccess: { redirectTo: '/bestillinger' }, messages: clientMessages('Development', 'Needs') }, async ({ actor, db, params }) => {
  // Another owner's order, or a draft the UH partner may not see, looks like one that does not exist.
  const order = foundOr404(await getOrder(db, actor, params.orderId))
  const t = await getTranslations('Needs')
  const format = await getFormatter()
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={order.title} back={{ href: '/bestillinger', label: t('backToOrders') }} lead={t('orderMeta', { owners: order.owners.join(', '), university: order.universityName, partnership: order.partnershipName })}>
        <Paragraph>
          <strong>{t(`orderStatuses.${order.status}`)}</strong>
          {order.sentAt && ` · ${t('sentAt', { when: when(order.sentAt) })}`}
        </Paragraph>
      </PageHeader>

      <OrderFacts order={order} />
      <OrderFacilitators order={order} />
      <OrderSteps order={order} />
    </div>
  )
})
