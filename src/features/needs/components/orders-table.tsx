import { getFormatter, getTranslations } from 'next-intl/server'
import { DataTable } from '@/components/ui/data-table'
import type { TOrderRow } from '../get-orders'

/** The orders the actor reads (/bestillinger), with requested, offered and delivered hours. */
export async function OrdersTable({ orders }: { orders: TOrderRow[] }) {
  const t = await getTranslations('Needs')
  const format = await getFormatter()
  // Order periods are calendar days (@db.Date), kept as midnight UTC.
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  return (
    <DataTable
      caption={t('ordersCaption')}
      rows={orders}
      empty={t('noOrders')}
      columns={[
        { header: t('orderTitle'), href: (o) => `/bestillinger/${o.id}`, cell: (o) => o.title },
        { header: t('university'), cell: (o) => o.universityName },
        { header: t('owners'), cell: (o) => o.owners.join(', ') },
        {
          header: t('period'),
          nowrap: true,
          cell: (o) => (
            <>
              {day(o.startsOn)} – {day(o.endsOn)}
            </>
          ),
        },
        { header: t('status'), cell: (o) => t(`orderStatuses.${o.status}`) },
        { header: t('hoursRequestedShort'), numeric: true, cell: (o) => format.number(o.hoursRequested) },
        { header: t('hoursOfferedShort'), numeric: true, cell: (o) => (o.offerHours === null ? '–' : format.number(o.offerHours)) },
        { header: t('hoursDeliveredShort'), numeric: true, cell: (o) => format.number(o.deliveredHours) },
      ]}
    />
  )
}
