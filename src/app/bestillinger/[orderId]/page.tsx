import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { AcceptOfferForm, AnswerOrderForm, DeclineOfferForm, SendOrderForm } from '@/features/needs/components/forms'
import { getOrder } from '@/features/needs/queries'
import { OSLO } from '@/lib/oslo-time'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Needs')
  return { title: t('ordersTitle') }
}

export default async function OrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  // Note: checked here and again in getOrder (orderReadScope) and in every action's use case.
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  if (!can(actor, 'read:orders')) redirect('/bestillinger')
  const order = await getOrder(await getDb(), actor, (await params).orderId)
  // Another owner's order, or a draft the UH partner may not see, looks like one that does not exist.
  if (!order) notFound()
  const t = await getTranslations('Needs')
  const dev = await getTranslations('Development')
  const format = await getFormatter()
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })
  const period = `${day(order.startsOn)} – ${day(order.endsOn)}`
  const committed = order.status === 'AGREED' && order.offerHours !== null

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

      <section aria-labelledby="ask" className="flex flex-col gap-2">
        <Heading level={2} data-size="sm" id="ask">
          {t('orderAskHeading')}
        </Heading>
        <Paragraph className="whitespace-pre-line">{order.description}</Paragraph>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">{t('themesLegend')}</dt>
          <dd>{order.themes.map((th) => dev(`themes.${th}`)).join(', ')}</dd>
          <dt className="font-semibold">{t('orderUnits')}</dt>
          <dd>{order.units.join(', ')}</dd>
          <dt className="font-semibold">{t('period')}</dt>
          <dd>{period}</dd>
          <dt className="font-semibold">{t('hoursRequested')}</dt>
          <dd>{format.number(order.hoursRequested)}</dd>
        </dl>
      </section>

      {order.offerText !== null && (
        <section aria-labelledby="offer" className="flex flex-col gap-2">
          <Heading level={2} data-size="sm" id="offer">
            {committed ? t('commitmentHeading') : t('offerHeading')}
          </Heading>
          <Paragraph className="whitespace-pre-line">{order.offerText}</Paragraph>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
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
        </section>
      )}

      {order.declineReason && (
        <section aria-labelledby="declined" className="flex flex-col gap-2">
          <Heading level={2} data-size="sm" id="declined">
            {t('declinedHeading')}
          </Heading>
          <Paragraph className="whitespace-pre-line">{order.declineReason}</Paragraph>
        </section>
      )}

      {committed && (
        <section aria-labelledby="delivered" className="flex flex-col gap-2">
          <Heading level={2} data-size="sm" id="delivered">
            {t('deliveredHeading')}
          </Heading>
          <Paragraph>{t('deliveredText', { delivered: order.deliveredHours, agreed: order.offerHours!, visits: order.visits })}</Paragraph>
        </section>
      )}

      {order.canOwn && order.status === 'DRAFT' && (
        <section aria-labelledby="send" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="send">
            {t('sendHeading')}
          </Heading>
          <SendOrderForm orderId={order.id} />
        </section>
      )}
      {order.canOwn && order.status === 'OFFERED' && (
        <section aria-labelledby="respond" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="respond">
            {t('respondHeading')}
          </Heading>
          <AcceptOfferForm orderId={order.id} />
          <DeclineOfferForm orderId={order.id} />
        </section>
      )}
      {order.canAnswer && (order.status === 'SENT' || order.status === 'DECLINED') && (
        <section aria-labelledby="answer" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="answer">
            {order.status === 'DECLINED' ? t('answerAgainHeading') : t('answerHeading')}
          </Heading>
          <AnswerOrderForm orderId={order.id} hoursRequested={order.hoursRequested} />
        </section>
      )}
    </div>
  )
}
