'use client'

import { useActionState, useState } from 'react'
import { useFormatter, useTranslations } from 'next-intl'
import { Alert, Button, Fieldset, Radio, Textfield } from '@digdir/designsystemet-react'
import { ActionForm } from '@/components/ui/action-form'
import { SelectField } from '@/components/ui/select-field'
import { typedBack } from '@/lib/form-input'
import { recordCoFinancingAction } from '../actions'
import type { TFundingResult } from '../schemas'

/**
 * A school owner's own contribution: money, or released staff time at an hourly cost (the form
 * shows the fields of the kind chosen; the server turns hours into money and the database checks
 * the product).
 */
export function CoFinancingForm({ grantYearId, owners, requiredPercent }: { grantYearId: string; owners: { id: string; name: string }[]; requiredPercent: number }) {
  const t = useTranslations('Funding')
  const format = useFormatter()
  const [state, action, pending] = useActionState<TFundingResult | null, FormData>(recordCoFinancingAction, null)
  const input = typedBack(state)
  const [kind, setKind] = useState(input('kind') ?? 'MONEY')
  const error = (field: string) => (state && !state.ok && state.fields?.includes(field) ? t(`errors.${field === 'description' || field === 'hours' ? field : state.error}`) : undefined)

  return (
    <ActionForm action={action} resetWhen={state?.ok ? state : null} className="flex max-w-xl flex-col gap-4" noValidate>
      <input type="hidden" name="grantYearId" value={grantYearId} />
      {state?.ok && <Alert data-color="success">{t('done.coFinanced')}</Alert>}
      {state && !state.ok && !state.fields?.length && <Alert data-color="danger">{t(`errors.${state.error}`)}</Alert>}
      {owners.length > 1 ? (
        <SelectField label={t('owner')} name="ownerId" defaultValue={input('ownerId') ?? ''} placeholder={t('chooseOwner')} options={owners.map((o) => ({ value: o.id, label: o.name }))} error={error('ownerId')} />
      ) : (
        <input type="hidden" name="ownerId" value={owners[0]?.id ?? ''} />
      )}
      <Fieldset>
        <Fieldset.Legend>{t('coFinancingKind')}</Fieldset.Legend>
        <Fieldset.Description>{t('coFinancingKindHelp', { percent: format.number(requiredPercent) })}</Fieldset.Description>
        <Radio label={t('kinds.MONEY')} name="kind" value="MONEY" checked={kind === 'MONEY'} onChange={() => setKind('MONEY')} />
        <Radio label={t('kinds.STAFF_TIME')} name="kind" value="STAFF_TIME" checked={kind === 'STAFF_TIME'} onChange={() => setKind('STAFF_TIME')} />
      </Fieldset>
      {kind === 'MONEY' ? (
        <Textfield label={t('amount')} description={t('amountHelp')} name="amount" inputMode="decimal" defaultValue={input('amount')} error={error('amount')} />
      ) : (
        <>
          <Textfield label={t('hours')} description={t('hoursHelp')} name="hours" inputMode="decimal" defaultValue={input('hours')} error={error('hours')} />
          <Textfield label={t('hourlyRate')} description={t('hourlyRateHelp')} name="hourlyRate" inputMode="decimal" defaultValue={input('hourlyRate')} error={error('hourlyRate')} />
        </>
      )}
      <Textfield label={t('description')} description={t('coFinancingDescriptionHelp')} name="description" defaultValue={input('description')} error={error('description')} />
      <div>
        <Button type="submit" disabled={pending}>
          {t('recordCoFinancing')}
        </Button>
      </div>
    </ActionForm>
  )
}
