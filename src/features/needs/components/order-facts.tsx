import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { OSLO } from '@/lib/oslo-time'
import type { TOrderDetail } from '../get-order'
import { Section } from '@/components/ui/section'

/** What an order asks for, the offer (or, once accepted, the commitment), a refusal's reason and the hours delivered. */
export async function OrderFacts({ order }: { order: TOrderDetail }) {
  const t = await getTranslations('Needs')
  const dev = await getTranslations('Development')
  const format = await getFormatter()
  // Order periods are calendar days (@db.Date), kept as midnight UTC.
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })
  const period = `${day(order.startsOn)} – ${day(order.endsOn)}`
  const committed = order.status === 'AGREED' && order.offerHours !== null
  return (
    <>
      <Section id="ask" heading={t('orderAskHeading')} className="flex flex-col gap-2">
        <Paragraph className="whitespace-pre-line">{order.description}</Paragraph>
        <dl className="grid grid-cols-1 sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">{t('themesLegend')}</dt>
          <dd>{order.themes.map((th) => dev(`themes.${th}`)).join(', ')}</dd>
          <dt className="font-semibold">{t('orderUnits')}</dt>
          <dd>{order.units.join(', ')}</dd>
          <dt className="font-semibold">{t('period')}</dt>
          <dd>{period}</dd>
          <dt className="font-semibold">{t('hoursRequested')}</dt>
          <dd>{format.number(order.hoursRequested)}</dd>
        </dl>
      </Section>

      {order.offerText !== null && (
        <Section id="offer" heading={committed ? t('commitmentHeading') : t('offerHeading')} className="flex flex-col gap-2">
          <Paragraph className="whitespace-pre-line">{order.offerText}</Paragraph>
          <dl className="grid grid-cols-1 sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
            <dt className="font-semibold">{t('offerHours')}</dt>
            <dd>{format.number(order.offerHours ?? 0)}</dd>
            <dt className="font-semibold">{t('offerFacilitators')}</dt>
            <dd>{order.offerFacilitators ?? '–'}</dd>
            <dt className="font-semibold">{t('period')}</dt>
            <dd>{period}</dd>
            {order.offeredAt && (
              <>
                <dt className="font-semibold">{t('offeredAtLabel')}</dt>
                <dd>{when(order.offeredAt)}</dd>
              </>
            )}
            {order.agreedAt && (
              <>
                <dt className="font-semibold">{t('agreedAtLabel')}</dt>
                <dd>{when(order.agreedAt)}</dd>
              </>
            )}
          </dl>
        </Section>
      )}

      {order.declineReason && (
        <Section id="declined" heading={t('declinedHeading')} className="flex flex-col gap-2">
          <Paragraph className="whitespace-pre-line">{order.declineReason}</Paragraph>
        </Section>
      )}

      {committed && (
        <Section id="delivered" heading={t('deliveredHeading')} className="flex flex-col gap-2">
          <Paragraph>{t('deliveredText', { delivered: order.deliveredHours, agreed: order.offerHours!, visits: order.visits })}</Paragraph>
        </Section>
      )}
    </>
  )
}
