'use client'

import { useState } from 'react'
import { useFormatter, useTranslations } from 'next-intl'
import { Fieldset, Radio, Textfield } from '@digdir/designsystemet-react'
import type { TFieldHelpers } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import { recordCoFinancingAction } from '../actions'
import type { TFundingResult } from '../schemas'
import { FundingForm, useFundingErrors } from './funding-form'

type TCoFinancingProps = { grantYearId: string; owners: { id: string; name: string }[]; requiredPercent: number }

/**
 * A school owner's own contribution: money, or released staff time at an hourly cost (the form
 * shows the fields of the kind chosen; the server turns hours into money and the database checks
 * the product).
 */
export function CoFinancingForm({ grantYearId, owners, requiredPercent }: TCoFinancingProps) {
  const t = useTranslations('Funding')
  return (
    <FundingForm action={recordCoFinancingAction} submit={t('recordCoFinancing')} hidden={{ grantYearId }}>
      {(f) => <CoFinancingFields f={f} owners={owners} requiredPercent={requiredPercent} />}
    </FundingForm>
  )
}

function CoFinancingFields({ f, owners, requiredPercent }: Omit<TCoFinancingProps, 'grantYearId'> & { f: TFieldHelpers<TFundingResult> }) {
  const t = useTranslations('Funding')
  const format = useFormatter()
  const [kind, setKind] = useState(f.input('kind') ?? 'MONEY')
  const error = useFundingErrors(['description', 'hours']).fieldError(f.state)
  const input = f.input
  return (
    <>
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
    </>
  )
}
