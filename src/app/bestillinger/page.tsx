import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@digdir/designsystemet-react'
import { CreateOrderForm } from '@/features/needs/components/forms'
import { OrdersTable } from '@/features/needs/components/orders-table'
import { getOrders } from '@/features/needs/get-orders'
import { Disclosure } from '@/components/ui/disclosure'
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
      <PageHeader title={t('ordersTitle')} lead={t('ordersLead')}>
        {can(actor, 'read:needs') && (
          <Paragraph>
            <Link href="/behov" className="ds-link">
              {t('reportsLink')}
            </Link>
          </Paragraph>
        )}
      </PageHeader>
      <Section id="orders" heading={t('ordersHeading')}>
        <OrdersTable orders={orders} />
        {contexts.length > 0 && (
          <Disclosure summary={t('newOrder')} initiallyOpen={orders.length === 0}>
            <CreateOrderForm contexts={contexts} today={today} />
          </Disclosure>
        )}
      </Section>
    </div>
  )
})
