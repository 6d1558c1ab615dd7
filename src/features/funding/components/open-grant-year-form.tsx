'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { ActionForm } from '@/components/ui/action-form'
import { Alert, Button, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react'
import { openGrantYearAction } from '../actions'
import type { TFundingResult } from '../schemas'

/** County governor staff open a grant year; the key's settings start from the defaults shown. */
export function OpenGrantYearForm({ partnerships, defaults }: { partnerships: { id: string; name: string }[]; defaults: { basePerOwnerKroner: string; fteWeight: number; pupilWeight: number; coFinancingPercent: number } }) {
  const t = useTranslations('Funding')
  const [state, action, pending] = useActionState<TFundingResult | null, FormData>(openGrantYearAction, null)
  const input = (name: string) => (state && !state.ok ? state.input?.[name] : undefined)
  const error = (field: string) => (state && !state.ok && state.fields?.includes(field) ? t(`errors.${state.error}`, state.values ?? {}) : undefined)

  return (
    <ActionForm action={action} className="flex max-w-xl flex-col gap-4" noValidate>
      {state && !state.ok && !state.fields?.length && <Alert data-color="danger">{t(`errors.${state.error}`, state.values ?? {})}</Alert>}
      <Field>
        <Label>{t('partnership')}</Label>
        <Select name="partnershipId" defaultValue={input('partnershipId') ?? (partnerships.length === 1 ? partnerships[0]!.id : '')} aria-invalid={!!error('partnershipId')}>
          {partnerships.length > 1 && <Select.Option value="">{t('choosePartnership')}</Select.Option>}
          {partnerships.map((p) => (
            <Select.Option key={p.id} value={p.id}>
              {p.name}
            </Select.Option>
          ))}
        </Select>
        {error('partnershipId') && <ValidationMessage>{error('partnershipId')}</ValidationMessage>}
      </Field>
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
