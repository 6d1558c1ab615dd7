'use client'

import { useTranslations } from 'next-intl'
import { Textfield } from '@digdir/designsystemet-react'
import { Alert } from '@/components/ui/ds-static'
import { adjustAllocationsAction } from '../actions'
import { FundingForm, useFundingErrors } from './funding-form'

/** One field per owner with the current amount in kroner, and the reason for the change. */
export function AdjustAllocationsForm({ grantYearId, rows }: { grantYearId: string; rows: { id: string; ownerName: string; adjustedKroner: string }[] }) {
  const t = useTranslations('Funding')
  const { valuesOf } = useFundingErrors()
  return (
    <FundingForm action={adjustAllocationsAction} submit={t('saveAdjustment')} hidden={{ grantYearId }} variant="secondary" className="flex flex-col gap-3" resetOnSuccess={false}>
      {({ input, state }) => (
        <>
          {/* The amounts sit in a grid of owners: one message with the sums says what is wrong with them. */}
          {state && !state.ok && !!state.fields?.length && <Alert data-color="danger">{t(`errors.${state.error}`, valuesOf(state))}</Alert>}
          <div className="grid gap-3 md:grid-cols-2">
            {rows.map((r) => (
              <Textfield key={r.id} label={r.ownerName} name={`amount.${r.id}`} inputMode="decimal" defaultValue={input(`amount.${r.id}`) ?? r.adjustedKroner} />
            ))}
          </div>
          <Textfield label={t('reason')} name="reason" multiline rows={2} defaultValue={input('reason')} error={state && !state.ok && state.fields?.includes('reason') ? t('errors.reason') : undefined} />
        </>
      )}
    </FundingForm>
  )
}
