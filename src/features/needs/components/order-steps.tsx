import { getTranslations } from 'next-intl/server'
import type { TOrderDetail } from '../get-order'
import { AcceptOfferForm, AnswerOrderForm, DeclineOfferForm, SendOrderForm } from './forms'
import { Section } from '@/components/ui/section'

/** The next step, for the side whose turn it is: the owner sends a draft or answers an offer, the UH partner offers. */
export async function OrderSteps({ order }: { order: TOrderDetail }) {
  const t = await getTranslations('Needs')
  return (
    <>
      {order.canOwn && order.status === 'DRAFT' && (
        <Section id="send" heading={t('sendHeading')}>
          <SendOrderForm orderId={order.id} />
        </Section>
      )}
      {order.canOwn && order.status === 'OFFERED' && (
        <Section id="respond" heading={t('respondHeading')}>
          <AcceptOfferForm orderId={order.id} />
          <DeclineOfferForm orderId={order.id} />
        </Section>
      )}
      {order.canAnswer && (order.status === 'SENT' || order.status === 'DECLINED') && (
        <Section id="answer" heading={order.status === 'DECLINED' ? t('answerAgainHeading') : t('answerHeading')}>
          <AnswerOrderForm orderId={order.id} hoursRequested={order.hoursRequested} />
        </Section>
      )}
    </>
  )
}
