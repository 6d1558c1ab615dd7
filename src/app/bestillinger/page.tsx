import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { CreateOrderForm } from '@/features/needs/components/forms'
import { getOrders } from '@/features/needs/queries'
import { Disclosure } from '@/components/ui/disclosure'
import { NoAccess } from '@/components/ui/no-access'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { osloDay } from '@/lib/oslo-time'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Needs')
  return { title: t('ordersTitle') }
}

export default async function OrdersPage() {
  // Note: checked here and again in getOrders (permission and orderReadScope).
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  const t = await getTranslations('Needs')
  const format = await getFormatter()
  if (!can(actor, 'read:orders')) return <NoAccess title={t('noAccessTitle')} text={t('noAccessOrdersText')} />
  const { orders, contexts } = await getOrders(await getDb(), actor)
  // Order periods are calendar days (@db.Date), kept as midnight UTC.
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const today = osloDay(new Date()).toISOString().slice(0, 10)

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('ordersTitle')}
        </Heading>
        <Paragraph>{t('ordersLead')}</Paragraph>
        {can(actor, 'read:needs') && (
          <Paragraph>
            <Link href="/behov" className="ds-link">
              {t('reportsLink')}
            </Link>
          </Paragraph>
        )}
      </div>
      <section aria-labelledby="orders" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="orders">
          {t('ordersHeading')}
        </Heading>
        {orders.length === 0 ? (
          <Paragraph>{t('noOrders')}</Paragraph>
        ) : (
          <ScrollRegion label={t('ordersCaption')}>
            <Table zebra className="w-full">
              <caption className="text-left">{t('ordersCaption')}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('orderTitle')}</TableHeaderCell>
                  <TableHeaderCell>{t('university')}</TableHeaderCell>
                  <TableHeaderCell>{t('owners')}</TableHeaderCell>
                  <TableHeaderCell>{t('period')}</TableHeaderCell>
                  <TableHeaderCell>{t('status')}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t('hoursRequestedShort')}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t('hoursOfferedShort')}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t('hoursDeliveredShort')}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {orders.map((o) => (
                  <TableRow key={o.id}>
                    <TableCell>
                      <Link href={`/bestillinger/${o.id}`} className="ds-link">
                        {o.title}
                      </Link>
                    </TableCell>
                    <TableCell>{o.universityName}</TableCell>
                    <TableCell>{o.owners.join(', ')}</TableCell>
                    <TableCell className="whitespace-nowrap">
                      {day(o.startsOn)} – {day(o.endsOn)}
                    </TableCell>
                    <TableCell>{t(`orderStatuses.${o.status}`)}</TableCell>
                    <TableCell className="text-right">{format.number(o.hoursRequested)}</TableCell>
                    <TableCell className="text-right">{o.offerHours === null ? '–' : format.number(o.offerHours)}</TableCell>
                    <TableCell className="text-right">{format.number(o.deliveredHours)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        )}
        {contexts.length > 0 && (
          <Disclosure summary={t('newOrder')} initiallyOpen={orders.length === 0}>
            <CreateOrderForm contexts={contexts} today={today} />
          </Disclosure>
        )}
      </section>
    </div>
  )
}
