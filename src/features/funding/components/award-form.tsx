'use client'

import { useTranslations } from 'next-intl'
import { Textfield } from '@digdir/designsystemet-react'
import { SelectField } from '@/components/ui/select-field'
import { createAwardAction } from '../actions'
import { FundingForm, useFundingErrors } from './funding-form'

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
  const { fieldError } = useFundingErrors()
  return (
    <FundingForm action={createAwardAction} submit={t('award')} hidden={{ grantYearId, idempotencyKey }}>
      {({ input, state }) => {
        const error = fieldError(state)
        return (
          <>
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
          </>
        )
      }}
    </FundingForm>
  )
}
