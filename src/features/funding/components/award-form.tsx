'use client'

import { useActionState } from 'react'
import { useFormatter, useTranslations } from 'next-intl'
import { ActionForm } from '@/components/ui/action-form'
import { Alert, Button, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react'
import { createAwardAction } from '../actions'
import type { TFundingResult } from '../schemas'

/**
 * An award to an owner or UH partner. The form carries an idempotency key made by the server when
 * it renders the page, so a double click or a resent request writes one award; the page renders
 * again after a success, with a new key.
 */
export function AwardForm({ grantYearId, recipients, idempotencyKey }: { grantYearId: string; recipients: { id: string; name: string }[]; idempotencyKey: string }) {
  const t = useTranslations('Funding')
  const format = useFormatter()
  const [state, action, pending] = useActionState<TFundingResult | null, FormData>(createAwardAction, null)
  const values: Record<string, string> =
    state && !state.ok && state.values?.left ? { left: format.number(Number(BigInt(state.values.left)) / 100, { style: 'currency', currency: 'NOK' }) } : {}
  const input = (name: string) => (state && !state.ok ? state.input?.[name] : undefined)
  const error = (field: string) => (state && !state.ok && state.fields?.includes(field) ? t(`errors.${state.error}`, values) : undefined)

  return (
    <ActionForm action={action} resetWhen={state?.ok ? state : null} className="flex max-w-xl flex-col gap-4" noValidate>
      <input type="hidden" name="grantYearId" value={grantYearId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {state?.ok && <Alert data-color="success">{t('done.awarded')}</Alert>}
      {state && !state.ok && !state.fields?.length && <Alert data-color="danger">{t(`errors.${state.error}`, values)}</Alert>}
      <Field>
        <Label>{t('recipient')}</Label>
        <Select name="recipientId" defaultValue={input('recipientId') ?? ''} aria-invalid={!!error('recipientId')}>
          <Select.Option value="">{t('chooseRecipient')}</Select.Option>
          {recipients.map((r) => (
            <Select.Option key={r.id} value={r.id}>
              {r.name}
            </Select.Option>
          ))}
        </Select>
        {error('recipientId') && <ValidationMessage>{error('recipientId')}</ValidationMessage>}
      </Field>
      <Textfield label={t('amount')} description={t('amountHelp')} name="amount" inputMode="decimal" defaultValue={input('amount')} error={error('amount')} />
      <div>
        <Button type="submit" disabled={pending}>
          {t('award')}
        </Button>
      </div>
    </ActionForm>
  )
}
