'use client'

import { useTranslations } from 'next-intl'
import { ResultForm } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import { assignOrderFacilitatorAction, removeOrderFacilitatorAction } from '../actions'

/** The UH coordinator picks one of its university's facilitators for the order. */
export function AssignFacilitatorForm({ orderId, options }: { orderId: string; options: { userId: string; name: string }[] }) {
  const t = useTranslations('Needs')
  return (
    <ResultForm namespace="Needs" action={assignOrderFacilitatorAction} submit={t('assignFacilitator')} hidden={{ orderId }}>
      {({ input, error }) => (
        <SelectField
          label={t('facilitator')}
          name="userId"
          required
          defaultValue={input('userId') ?? ''}
          placeholder={t('chooseFacilitator')}
          options={options.map((o) => ({ value: o.userId, label: o.name }))}
          error={error('userId')}
        />
      )}
    </ResultForm>
  )
}

export function RemoveFacilitatorForm({ orderId, userId, name }: { orderId: string; userId: string; name: string }) {
  const t = useTranslations('Needs')
  return <ResultForm namespace="Needs" action={removeOrderFacilitatorAction} submit={t('removeFacilitator', { name })} hidden={{ orderId, userId }} variant="tertiary" compact />
}
