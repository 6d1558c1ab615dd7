'use client'

import { useActionState } from 'react'
import { useFormatter, useTranslations } from 'next-intl'
import { ActionForm } from '@/components/ui/action-form'
import { typedBack } from '@/lib/form-input'
import { NOK, oreToKroner } from '@/lib/money'
import { Alert, Button, Textfield } from '@digdir/designsystemet-react'
import { SelectField } from '@/components/ui/select-field'
import { createAwardAction } from '../actions'
import type { TFundingResult } from '../schemas'

/**
 * An award to an owner or UH partner. The form carries an idempotency key made by the server when
 * it renders the page, so a double click or a resent request writes one award; the page renders
 * again after a success, with a new key.
 */
export function AwardForm({
  grantYearId,
  recipients,
  decisions,
  idempotencyKey,
}: {
  grantYearId: string
  recipients: { id: string; name: string }[]
  /** The forum's decisions the award may follow; the field is left out while there are none. */
  decisions: { id: string; reference: string; text: string }[]
  idempotencyKey: string
}) {
  const t = useTranslations('Funding')
  const format = useFormatter()
  const [state, action, pending] = useActionState<TFundingResult | null, FormData>(createAwardAction, null)
  const values: Record<string, string> =
    state && !state.ok && state.values?.left ? { left: format.number(oreToKroner(BigInt(state.values.left)), NOK) } : {}
  const input = typedBack(state)
  const error = (field: string) => (state && !state.ok && state.fields?.includes(field) ? t(`errors.${state.error}`, values) : undefined)

  return (
    <ActionForm action={action} resetWhen={state?.ok ? state : null} className="flex max-w-xl flex-col gap-4" noValidate>
      <input type="hidden" name="grantYearId" value={grantYearId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {state?.ok && <Alert data-color="success">{t('done.awarded')}</Alert>}
      {state && !state.ok && !state.fields?.length && <Alert data-color="danger">{t(`errors.${state.error}`, values)}</Alert>}
      <SelectField
        label={t('recipient')}
        name="recipientId"
        defaultValue={input('recipientId') ?? ''}
        placeholder={t('chooseRecipient')}
        options={recipients.map((r) => ({ value: r.id, label: r.name }))}
        error={error('recipientId')}
      />
      <Textfield label={t('amount')} description={t('amountHelp')} name="amount" inputMode="decimal" defaultValue={input('amount')} error={error('amount')} />
      {decisions.length > 0 && (
        <SelectField
          label={t('decision')}
          name="decisionId"
          defaultValue={input('decisionId') ?? ''}
          placeholder={t('noDecision')}
          options={decisions.map((d) => ({ value: d.id, label: `${d.reference} – ${d.text.length > 80 ? `${d.text.slice(0, 79)}…` : d.text}` }))}
          error={error('decisionId')}
        />
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {t('award')}
        </Button>
      </div>
    </ActionForm>
  )
}
