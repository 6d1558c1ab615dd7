'use client'

import { useTranslations } from 'next-intl'
import { Textfield } from '@digdir/designsystemet-react'
import { SelectField } from '@/components/ui/select-field'
import { recordSpendingAction } from '../actions'
import { FundingForm, useFundingErrors } from './funding-form'

/** State funds used by the person's own owner or UH partner, optionally on one measure. */
export function SpendingForm({
  grantYearId,
  recipients,
  measures,
  today,
}: {
  grantYearId: string
  recipients: { id: string; name: string }[]
  measures: { id: string; title: string }[]
  today: string
}) {
  const t = useTranslations('Funding')
  const { fieldError } = useFundingErrors(['description', 'spentOn'])
  return (
    <FundingForm action={recordSpendingAction} submit={t('recordSpending')} hidden={{ grantYearId }}>
      {({ input, state }) => {
        const error = fieldError(state)
        return (
          <>
            {recipients.length > 1 ? (
              <SelectField label={t('spentBy')} name="recipientId" defaultValue={input('recipientId') ?? ''} placeholder={t('chooseRecipient')} options={recipients.map((r) => ({ value: r.id, label: r.name }))} error={error('recipientId')} />
            ) : (
              <input type="hidden" name="recipientId" value={recipients[0]?.id ?? ''} />
            )}
            <SelectField
              label={t('measure')}
              name="measureId"
              defaultValue={input('measureId') ?? ''}
              placeholder={t('noMeasure')}
              options={measures.map((m) => ({ value: m.id, label: m.title }))}
              error={error('measureId')}
            />
            <Textfield label={t('amount')} description={t('amountHelp')} name="amount" inputMode="decimal" defaultValue={input('amount')} error={error('amount')} />
            <Textfield label={t('spentOn')} type="date" name="spentOn" max={today} defaultValue={input('spentOn') ?? today} error={error('spentOn')} />
            <Textfield label={t('description')} description={t('spendingDescriptionHelp')} name="description" defaultValue={input('description')} error={error('description')} />
          </>
        )
      }}
    </FundingForm>
  )
}
