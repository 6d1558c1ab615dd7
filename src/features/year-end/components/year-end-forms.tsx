'use client'

import { useFormatter, useTranslations } from 'next-intl'
import { Textfield } from '@digdir/designsystemet-react'
import { ResultForm } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import { ConfirmedForm, type TConfirmText } from '@/components/ui/confirmed-form'
import { closeGrantYearAction } from '@/features/funding/actions'
import type { TFundingResult } from '@/features/funding/schemas'
import { NOK, oreToKroner } from '@/lib/money'
import { reallocateAction, reopenGrantYearAction, setUnusedMoneyAction } from '../actions'
import { UNUSED_MONEY, type TUnusedMoney } from '../options'
import type { TYearEndResult } from '../schemas'

type TClosingAnswer = TYearEndResult | TFundingResult

/** The year's choice: repay or reallocate unused money (county governor staff, while open). */
export function UnusedMoneyForm({ grantYearId, unusedMoney }: { grantYearId: string; unusedMoney: TUnusedMoney }) {
  const t = useTranslations('YearEnd')
  return (
    <ResultForm namespace="YearEnd" action={setUnusedMoneyAction} submit={t('saveMode')} hidden={{ grantYearId }} variant="secondary" resetOnSuccess={false}>
      {({ input, error }) => (
        <SelectField
          label={t('modeLabel')}
          name="unusedMoney"
          defaultValue={input('unusedMoney') ?? unusedMoney}
          options={UNUSED_MONEY.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
          error={error('unusedMoney')}
        />
      )}
    </ResultForm>
  )
}

/**
 * A move of unused money between two recipients. The amount's error says what is left (øre from
 * the use case, shown as kroner); the other fields say their own rule or the area's error.
 */
export function ReallocateForm({ grantYearId, recipients }: { grantYearId: string; recipients: { id: string; name: string }[] }) {
  const t = useTranslations('YearEnd')
  const format = useFormatter()
  const options = recipients.map((r) => ({ value: r.id, label: r.name }))
  const own = (state: TYearEndResult | null, field: string) =>
    state && !state.ok && state.fields?.includes(field) && !state.fieldErrors?.[field]
      ? t(`errors.${state.error}`, Object.fromEntries(Object.entries(state.values ?? {}).map(([k, v]) => [k, format.number(oreToKroner(BigInt(v)), NOK)])))
      : undefined
  return (
    <ResultForm namespace="YearEnd" action={reallocateAction} submit={t('move')} hidden={{ grantYearId }}>
      {({ input, error, field, state }) => {
        const message = (name: string) => own(state, name) ?? error(name)
        return (
          <>
            <SelectField label={t('from')} name="fromRecipientId" defaultValue={input('fromRecipientId') ?? ''} placeholder={t('chooseRecipient')} options={options} error={message('fromRecipientId')} />
            <SelectField label={t('to')} name="toRecipientId" defaultValue={input('toRecipientId') ?? ''} placeholder={t('chooseRecipient')} options={options} error={message('toRecipientId')} />
            <Textfield label={t('amount')} description={t('amountHelp')} inputMode="decimal" {...field('amount')} error={message('amount')} />
            <Textfield label={t('reason')} description={t('reasonHelp')} multiline rows={2} {...field('reason')} error={message('reason')} />
          </>
        )
      }}
    </ResultForm>
  )
}

/**
 * Closing the year (irreversible but for a reopening: the dialog says the unused sum and asks
 * first), or, once closed, reopening it with a reason typed before the dialog asks. One form that
 * changes with the year's status, so the answer to a closing stays on the page (and in focus
 * order) when the page comes back showing the reopening, and the other way round.
 */
export function YearClosingForm({ grantYearId, closed, text }: { grantYearId: string; closed: boolean; text: TConfirmText }) {
  const t = useTranslations('YearEnd')
  // The previous answer may be the other action's: neither action reads it.
  const action = (prev: TClosingAnswer | null, data: FormData): Promise<TClosingAnswer> =>
    closed ? reopenGrantYearAction(prev as TYearEndResult | null, data) : closeGrantYearAction(prev as TFundingResult | null, data)
  return (
    <ConfirmedForm namespace="YearEnd" action={action} hidden={{ grantYearId }} text={text}>
      {({ input, error }) =>
        closed && <Textfield label={t('reason')} description={t('reopenReasonHelp')} name="reason" id="reopen-reason" multiline rows={2} defaultValue={input('reason')} error={error('reason')} />
      }
    </ConfirmedForm>
  )
}
