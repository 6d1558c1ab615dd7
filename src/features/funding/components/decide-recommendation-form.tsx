'use client'

import { useTranslations } from 'next-intl'
import { Textfield } from '@digdir/designsystemet-react'
import { decideRecommendationAction } from '@/features/forum/recommendation-actions'
import { ConfirmedForm } from '@/components/ui/confirmed-form'

/** A recipient of the sent version: the planned amount, as typed back into its field, and as shown. */
export interface TDecideRow {
  id: string
  name: string
  planned: string
  plannedText: string
}

/**
 * The county governor's decision (vedtak) on a sent recommendation: the case number and one award
 * per recipient, prefilled with the planned amount; a changed amount needs a reason. Creating the
 * awards cannot be undone, so a dialog asks first.
 */
export function DecideRecommendationForm({ recommendationId, rows, leftText, today }: { recommendationId: string; rows: TDecideRow[]; leftText: string; today: string }) {
  const t = useTranslations('RecommendationLifecycle')
  return (
    <ConfirmedForm
      action={decideRecommendationAction}
      hidden={{ recommendationId }}
      text={{ open: t('decide'), title: t('decideTitle'), body: t('decideBody', { count: rows.length }), confirm: t('decideConfirm') }}
    >
      {({ input, error }) => (
        <>
          <Textfield label={t('vedtakReference')} description={t('vedtakReferenceHelp')} name="vedtakReference" defaultValue={input('vedtakReference')} error={error('vedtakReference')} />
          <Textfield label={t('awardedOn')} type="date" name="awardedOn" defaultValue={input('awardedOn') ?? today} error={error('awardedOn')} />
          <fieldset className="flex flex-col gap-4">
            <legend className="ds-heading" data-size="2xs">
              {t('awardsLegend')}
            </legend>
            <p className="ds-paragraph" data-size="sm">
              {leftText}
            </p>
            {rows.map((r) => (
              <div key={r.id} className="grid gap-3 sm:grid-cols-2">
                <Textfield
                  label={t('awardFor', { name: r.name })}
                  description={t('plannedWas', { amount: r.plannedText })}
                  name={`amount.${r.id}`}
                  inputMode="decimal"
                  defaultValue={input(`amount.${r.id}`) ?? r.planned}
                  error={error(`amount.${r.id}`)}
                />
                <Textfield label={t('changeReason', { name: r.name })} description={t('changeReasonHelp')} name={`reason.${r.id}`} defaultValue={input(`reason.${r.id}`)} error={error(`reason.${r.id}`)} />
              </div>
            ))}
          </fieldset>
        </>
      )}
    </ConfirmedForm>
  )
}
