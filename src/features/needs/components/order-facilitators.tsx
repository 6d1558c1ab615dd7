import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import type { TOrderDetail } from '../get-order'
import { AssignFacilitatorForm, RemoveFacilitatorForm } from './facilitator-forms'
import { Section } from '@/components/ui/section'

/**
 * Who at the UH partner works on the order. The coordinator assigns and removes them; a
 * facilitator assigned here answers the order and logs its visits (ADR 025).
 */
export async function OrderFacilitators({ order }: { order: TOrderDetail }) {
  const t = await getTranslations('Needs')
  if (order.status === 'DRAFT') return null
  return (
    <Section id="facilitators" heading={t('facilitatorsHeading')}>
      {order.facilitators.length === 0 ? (
        <Paragraph>{t('noFacilitators')}</Paragraph>
      ) : (
        <ul className="m-0 flex flex-col gap-1 pl-5">
          {order.facilitators.map((f) => (
            <li key={f.userId}>
              {f.name}
              {order.canAssign && <RemoveFacilitatorForm orderId={order.id} userId={f.userId} name={f.name} />}
            </li>
          ))}
        </ul>
      )}
      {order.canAssign && order.assignable.length > 0 && <AssignFacilitatorForm orderId={order.id} options={order.assignable} />}
    </Section>
  )
}
