'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { ActionForm } from '@/components/ui/action-form'
import { typedBack } from '@/lib/form-input'
import { Alert, Button, Textfield } from '@digdir/designsystemet-react'
import { SelectField } from '@/components/ui/select-field'
import { openGrantYearAction } from '../actions'
import type { TFundingResult } from '../schemas'

/** County governor staff open a grant year; the key's settings start from the defaults shown. */
export function OpenGrantYearForm({ partnerships, defaults }: { partnerships: { id: string; name: string }[]; defaults: { basePerOwnerKroner: string; fteWeight: number; pupilWeight: number; coFinancingPercent: number } }) {
  const t = useTranslations('Funding')
  const [state, action, pending] = useActionState<TFundingResult | null, FormData>(openGrantYearAction, null)
  const input = typedBack(state)
  const error = (field: string) => (state && !state.ok && state.fields?.includes(field) ? t(`errors.${state.error}`, state.values ?? {}) : undefined)

  return (
    <ActionForm action={action} className="flex max-w-xl flex-col gap-4" noValidate>
      {state && !state.ok && !state.fields?.length && <Alert data-color="danger">{t(`errors.${state.error}`, state.values ?? {})}</Alert>}
      <SelectField
        label={t('partnership')}
        name="partnershipId"
        defaultValue={input('partnershipId') ?? (partnerships.length === 1 ? partnerships[0]!.id : '')}
        placeholder={partnerships.length > 1 ? t('choosePartnership') : undefined}
        options={partnerships.map((p) => ({ value: p.id, label: p.name }))}
        error={error('partnershipId')}
      />
      <Textfield label={t('year')} name="year" inputMode="numeric" defaultValue={input('year') ?? String(new Date().getFullYear() + 1)} error={error('year')} />
      <Textfield label={t('stateAmount')} description={t('amountHelp')} name="stateAmount" inputMode="decimal" defaultValue={input('stateAmount')} error={error('stateAmount')} />
      <Textfield label={t('basePerOwner')} name="basePerOwner" inputMode="decimal" defaultValue={input('basePerOwner') ?? defaults.basePerOwnerKroner} error={error('basePerOwner')} />
      <div className="flex flex-wrap gap-4">
        <Textfield label={t('fteWeight')} name="fteWeight" inputMode="numeric" defaultValue={input('fteWeight') ?? String(defaults.fteWeight)} error={error('fteWeight')} />
        <Textfield label={t('pupilWeight')} name="pupilWeight" inputMode="numeric" defaultValue={input('pupilWeight') ?? String(defaults.pupilWeight)} error={error('pupilWeight')} />
      </div>
      <Textfield label={t('coFinancingPercent')} name="coFinancingPercent" inputMode="decimal" defaultValue={input('coFinancingPercent') ?? String(defaults.coFinancingPercent)} error={error('coFinancingPercent')} />
      <div>
        <Button type="submit" disabled={pending}>
          {t('open')}
        </Button>
      </div>
    </ActionForm>
  )
}
