'use client'

import { useActionState } from 'react'
import { useFormatter, useTranslations } from 'next-intl'
import { Alert, Button, Textfield } from '@digdir/designsystemet-react'
import { ActionForm } from '@/components/ui/action-form'
import { SelectField } from '@/components/ui/select-field'
import { typedBack } from '@/lib/form-input'
import { NOK, oreToKroner } from '@/lib/money'
import { recordSpendingAction } from '../actions'
import type { TFundingResult } from '../schemas'

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
  const format = useFormatter()
  const [state, action, pending] = useActionState<TFundingResult | null, FormData>(recordSpendingAction, null)
  const input = typedBack(state)
  const values: Record<string, string> = state && !state.ok && state.values?.left ? { left: format.number(oreToKroner(BigInt(state.values.left)), NOK) } : {}
  const error = (field: string) =>
    state && !state.ok && state.fields?.includes(field) ? t(`errors.${field === 'description' || field === 'spentOn' ? field : state.error}`, values) : undefined

  return (
    <ActionForm action={action} resetWhen={state?.ok ? state : null} className="flex max-w-xl flex-col gap-4" noValidate>
      <input type="hidden" name="grantYearId" value={grantYearId} />
      {state?.ok && <Alert data-color="success">{t('done.spent')}</Alert>}
      {state && !state.ok && !state.fields?.length && <Alert data-color="danger">{t(`errors.${state.error}`, values)}</Alert>}
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
      <div>
        <Button type="submit" disabled={pending}>
          {t('recordSpending')}
        </Button>
      </div>
    </ActionForm>
  )
}
