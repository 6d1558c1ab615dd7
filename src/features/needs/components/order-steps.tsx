import { getTranslations } from 'next-intl/server'
import { Heading } from '@digdir/designsystemet-react'
import type { TOrderDetail } from '../get-order'
import { AcceptOfferForm, AnswerOrderForm, DeclineOfferForm, SendOrderForm } from './forms'

/** The next step, for the side whose turn it is: the owner sends a draft or answers an offer, the UH partner offers. */
export async function OrderSteps({ order }: { order: TOrderDetail }) {
  const t = await getTranslations('Needs')
  return (
    <>
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
    </>
  )
}
