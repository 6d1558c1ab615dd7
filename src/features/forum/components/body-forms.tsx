'use client'

import { useTranslations } from 'next-intl'
import { Checkbox, Textfield } from '@digdir/designsystemet-react'
import { ResultForm } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import { approveMinutesAction, correctDecisionAction, createBodyAction, markMeetingHeldAction, recordCirculationDecisionAction } from '../actions'
import { BODY_KINDS, COMPOSITION_RULES } from '../options'
import type { TForumResult } from '../schemas'
import { ConfirmedForm } from '@/components/ui/confirmed-form'

/** The secretariat sets up a body of its partnership: kind, name, mandate, period, composition rule (issue 20). */
export function CreateBodyForm({ partnerships, today }: { partnerships: { id: string; name: string }[]; today: string }) {
  const t = useTranslations('Forum')
  return (
    <ResultForm namespace="Forum" action={createBodyAction} submit={t('createBody')} resetOnSuccess linkTo={(id) => `/forum/${id}`}>
      {({ field }) => (
        <>
          <SelectField label={t('partnership')} placeholder={t('choosePartnership')} options={partnerships.map((p) => ({ value: p.id, label: p.name }))} {...field('partnershipId', partnerships.length === 1 ? partnerships[0]!.id : '')} />
          <SelectField label={t('bodyKind')} placeholder={t('chooseBodyKind')} options={BODY_KINDS.map((k) => ({ value: k, label: t(`bodyKinds.${k}`) }))} {...field('kind', '')} />
          <Textfield label={t('bodyName')} {...field('name')} />
          <Textfield label={t('mandate')} multiline rows={3} {...field('mandate')} />
          <Textfield label={t('periodStart')} type="date" {...field('periodStart', today)} />
          <Textfield label={t('periodEnd')} type="date" {...field('periodEnd')} />
          <SelectField label={t('compositionRule')} options={COMPOSITION_RULES.map((r) => ({ value: r, label: t(`compositionRules.${r}`) }))} {...field('compositionRule', 'NONE')} />
        </>
      )}
    </ResultForm>
  )
}

/** A decision without a meeting, by circulation among the members (issue 19). */
export function CirculationDecisionForm({ forumId, today }: { forumId: string; today: string }) {
  const t = useTranslations('Forum')
  return (
    <ResultForm namespace="Forum" action={recordCirculationDecisionAction} submit={t('recordCirculation')} hidden={{ forumId }} resetOnSuccess>
      {({ field, input }) => (
        <>
          <Textfield label={t('reference')} description={t('referenceHelp')} {...field('reference', `${today.slice(0, 4)}/`)} />
          <Textfield label={t('decidedOn')} type="date" {...field('decidedOn', today)} />
          <Textfield label={t('proposal')} multiline rows={3} {...field('proposal')} />
          <Textfield label={t('decisionText')} multiline rows={4} {...field('text')} />
          <Checkbox label={t('exempt')} name="exemptFromPublic" defaultChecked={input('exemptFromPublic') === 'on'} />
        </>
      )}
    </ResultForm>
  )
}

/** A correction: a new version of the decision's text, with the reason; the journal shows both (issue 19). */
export function CorrectDecisionForm({ decisionId, text, reference }: { decisionId: string; text: string; reference: string }) {
  const t = useTranslations('Forum')
  return (
    <ResultForm namespace="Forum" action={correctDecisionAction} submit={t('correctDecision')} hidden={{ decisionId }} variant="secondary">
      {({ field }) => (
        <>
          <Textfield label={t('correctedText', { reference })} multiline rows={4} {...field('text', text)} />
          <Textfield label={t('correctionReason')} description={t('correctionReasonHelp')} {...field('reason')} />
        </>
      )}
    </ResultForm>
  )
}

/** Marks a planned meeting held, so its decisions may be recorded before its planned time (issue 19). */
export function MarkHeldForm({ meetingId }: { meetingId: string }) {
  const t = useTranslations('Forum')
  return <ResultForm namespace="Forum" action={markMeetingHeldAction} submit={t('markHeld')} hidden={{ meetingId }} variant="secondary" compact />
}

/** Approving minutes cannot be undone (the database locks them): a confirmation dialog first (ADR 037). */
export function ApproveMinutesForm({ minutesId, version }: { minutesId: string; version: number }) {
  const t = useTranslations('Forum')
  return (
    <ConfirmedForm<TForumResult>
      namespace="Forum"
      action={approveMinutesAction}
      hidden={{ minutesId }}
      text={{ open: t('approve'), title: t('approveConfirmTitle', { version }), body: t('approveHelp'), confirm: t('approveConfirm') }}
    />
  )
}
