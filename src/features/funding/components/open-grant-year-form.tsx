'use client'

import { useTranslations } from 'next-intl'
import { Textfield } from '@digdir/designsystemet-react'
import { SelectField } from '@/components/ui/select-field'
import { openGrantYearAction } from '../actions'
import { FundingForm } from './funding-form'

/** County governor staff open a grant year; the key's settings start from the defaults shown. */
export function OpenGrantYearForm({ partnerships, defaults }: { partnerships: { id: string; name: string }[]; defaults: { basePerOwnerKroner: string; fteWeight: number; pupilWeight: number; coFinancingPercent: number } }) {
  const t = useTranslations('Funding')
  // A success goes on to the new year's page, so the form is never emptied here.
  return (
    <FundingForm action={openGrantYearAction} submit={t('open')} resetOnSuccess={false}>
      {({ input, error }) => (
        <>
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
        </>
      )}
    </FundingForm>
  )
}
