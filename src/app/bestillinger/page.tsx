import { getTranslations } from 'next-intl/server'
import { CreateOrderForm } from '@/features/needs/components/forms'
import { OrdersTable } from '@/features/needs/components/orders-table'
import { getOrders } from '@/features/needs/get-orders'
import { osloDay } from '@/lib/oslo-time'
import { can } from '@/server/authz/actor'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Needs', 'ordersTitle')

// Note: checked here and again in getOrders (permission and orderReadScope).
export default definePage({ route: '/bestillinger', permission: 'read:orders', noAccess: { namespace: 'Needs', text: 'noAccessOrdersText' }, messages: clientMessages('Development', 'Needs') }, async ({ actor, db }) => {
  const t = await getTranslations('Needs')
  const { orders, contexts } = await getOrders(db, actor)
  const today = osloDay(new Date()).toISOString().slice(0, 10)

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('ordersTitle')} lead={t('ordersLead')} related={can(actor, 'read:needs') && { href: '/behov', label: t('reportsLink') }} />
      <Section id="orders" heading={t('ordersHeading')} form={contexts.length > 0 && { summary: t('newOrder'), initiallyOpen: orders.length === 0, node: <CreateOrderForm contexts={contexts} today={today} /> }}>
        <OrdersTable orders={orders} />
      </Section>
    </div>
  )
})
