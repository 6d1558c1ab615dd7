'use client'

import { useActionState } from 'react'
import { useFormatter, useTranslations } from 'next-intl'
import { ActionForm } from '@/components/ui/action-form'
import { typedBack } from '@/lib/form-input'
import { NOK, oreToKroner } from '@/lib/money'
import { Alert, Button, Textfield } from '@digdir/designsystemet-react'
import { adjustAllocationsAction } from '../actions'
import type { TFundingResult } from '../schemas'

/** One field per owner with the current amount in kroner, and the reason for the change. */
export function AdjustAllocationsForm({ grantYearId, rows }: { grantYearId: string; rows: { id: string; ownerName: string; adjustedKroner: string }[] }) {
  const t = useTranslations('Funding')
  const format = useFormatter()
  const [state, action, pending] = useActionState<TFundingResult | null, FormData>(adjustAllocationsAction, null)
  const values = state && !state.ok && state.values
    ? Object.fromEntries(Object.entries(state.values).map(([k, v]) => [k, format.number(oreToKroner(BigInt(v)), NOK)]))
    : {}
  const input = typedBack(state)
  return (
    <ActionForm action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="grantYearId" value={grantYearId} />
      {state && <Alert data-color={state.ok ? 'success' : 'danger'}>{state.ok ? t(`done.${state.done}`) : t(`errors.${state.error}`, values)}</Alert>}
      <div className="grid gap-3 md:grid-cols-2">
        {rows.map((r) => (
          <Textfield key={r.id} label={r.ownerName} name={`amount.${r.id}`} inputMode="decimal" defaultValue={input(`amount.${r.id}`) ?? r.adjustedKroner} />
        ))}
      </div>
      <Textfield label={t('reason')} name="reason" multiline rows={2} defaultValue={input('reason')} error={state && !state.ok && state.fields?.includes('reason') ? t('errors.reason') : undefined} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t('saveAdjustment')}
        </Button>
      </div>
    </ActionForm>
  )
}
