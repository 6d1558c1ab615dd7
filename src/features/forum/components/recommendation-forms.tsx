'use client'

import { useTranslations } from 'next-intl'
import { Textfield } from '@digdir/designsystemet-react'
import { ResultForm } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import { adoptRecommendationAction, draftRecommendationAction, returnRecommendationAction, sendRecommendationAction } from '../recommendation-actions'
import { ConfirmedForm } from '@/components/ui/confirmed-form'

/** A recipient's row in the draft: the amount to start from (kroner as typed) and what the measures suggest. */
export interface TDraftRow {
  id: string
  name: string
  kindLabel: string
  start: string
  suggestion: string
}

/**
 * The secretariat's draft: one amount field per school owner and UH partner, started from the
 * draft (or the returned version, or the split the prioritised measures suggest). No grant year
 * is needed. A blank or zero field plans nothing for that recipient.
 */
export function DraftRecommendationForm({ forumId, year, note, rows }: { forumId: string; year: number; note: string; rows: TDraftRow[] }) {
  const t = useTranslations('RecommendationLifecycle')
  return (
    <ResultForm namespace="RecommendationLifecycle" action={draftRecommendationAction} submit={t('saveDraft')} hidden={{ forumId, year: String(year) }} resetOnSuccess={false} className="flex max-w-3xl flex-col gap-4">
      {({ input, error }) => (
        <>
          <fieldset className="flex flex-col gap-3">
            <legend className="ds-heading" data-size="2xs">
              {t('plannedAmounts', { year })}
            </legend>
            {rows.map((r) => (
              <Textfield
                key={r.id}
                label={`${r.name} (${r.kindLabel})`}
                description={r.suggestion}
                name={`amount.${r.id}`}
                inputMode="decimal"
                defaultValue={input(`amount.${r.id}`) ?? r.start}
                error={error('amounts')}
              />
            ))}
          </fieldset>
          <Textfield label={t('note')} multiline rows={3} name="note" defaultValue={input('note') ?? note} error={error('note')} />
        </>
      )}
    </ResultForm>
  )
}

/** Records the forum decision (from the meeting's minutes) that adopted the draft. */
export function AdoptRecommendationForm({ recommendationId, decisions }: { recommendationId: string; decisions: { id: string; reference: string; text: string }[] }) {
  const t = useTranslations('RecommendationLifecycle')
  return (
    <ResultForm namespace="RecommendationLifecycle" action={adoptRecommendationAction} submit={t('adopt')} hidden={{ recommendationId }} resetOnSuccess={false}>
      {({ input, error }) => (
        <SelectField
          label={t('adoptingDecision')}
          name="decisionId"
          defaultValue={input('decisionId') ?? ''}
          placeholder={t('chooseDecision')}
          options={decisions.map((d) => ({ value: d.id, label: `${d.reference} – ${d.text.length > 80 ? `${d.text.slice(0, 79)}…` : d.text}` }))}
          error={error('decisionId')}
        />
      )}
    </ResultForm>
  )
}

/** Sends the adopted version: irreversible, so a dialog asks first. */
export function SendRecommendationForm({ recommendationId, version, year }: { recommendationId: string; version: number; year: number }) {
  const t = useTranslations('RecommendationLifecycle')
  return (
    <ConfirmedForm
      action={sendRecommendationAction}
      hidden={{ recommendationId }}
      text={{ open: t('send'), title: t('sendTitle', { version, year }), body: t('sendBody'), confirm: t('sendConfirm') }}
    />
  )
}

/** The county governor returns the version with a comment saying what to change. */
export function ReturnRecommendationForm({ recommendationId }: { recommendationId: string }) {
  const t = useTranslations('RecommendationLifecycle')
  return (
    <ResultForm namespace="RecommendationLifecycle" action={returnRecommendationAction} submit={t('return')} hidden={{ recommendationId }} variant="secondary" resetOnSuccess={false}>
      {({ field }) => <Textfield label={t('returnComment')} description={t('returnCommentHelp')} multiline rows={3} {...field('comment')} />}
    </ResultForm>
  )
}
