'use client'

import { useActionState, useState } from 'react'
import { useTranslations } from 'next-intl'
import { Checkbox, Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react'
import { Alert, Button } from '@/components/ui/ds-static'
import { FileField } from '@/components/ui/file-field'
import { ResultForm, type TFieldAccess, type TResultFormProps } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import { addAgendaItemAction, addForumMemberAction, addPaperAction, endForumMemberAction, registerAttendanceAction, draftMinutesAction, planMeetingAction, recordDecisionAction } from '../actions'
import { MAX_PAPER_BYTES, PAPER_ACCEPT } from '../paper-types'
import { REPRESENTATIONS, VOTE_CHOICES } from '../options'
import type { TForumResult } from '../schemas'


/** The shared form frame (src/components/ui/result-form.tsx) with this area's messages. */
function ForumForm(props: Omit<TResultFormProps<TForumResult>, 'namespace'>) {
  return <ResultForm namespace="Forum" {...props} />
}


export function AddMemberForm({ forumId, organisations, today }: { forumId: string; organisations: { id: string; name: string }[]; today: string }) {
  const t = useTranslations('Forum')
  return (
    <ForumForm action={addForumMemberAction} submit={t('addMember')} hidden={{ forumId }}>
      {({ input, error, field }) => (
        <>
          <Textfield label={t('personName')} {...field('personName')} />
          <Textfield label={t('email')} type="email" {...field('email')} />
          <SelectField label={t('organisation')} placeholder={t('chooseOrganisation')} options={organisations.map((o) => ({ value: o.id, label: o.name }))} {...field('organisationId', '')} />
          <SelectField
            label={t('representation')}
            {...field('representation', '')}
            placeholder={t('chooseRepresentation')}
            options={REPRESENTATIONS.map((r) => ({ value: r, label: t(`representations.${r}`) }))}
          />
          <Checkbox label={t('isDeputy')} name="isDeputy" defaultChecked={input('isDeputy') === 'on'} />
          <Checkbox label={t('isChair')} name="isChair" defaultChecked={input('isChair') === 'on'} />
          <Checkbox label={t('hasVotingRight')} description={t('votingRightHelp')} name="votingRight" defaultChecked={input('votingRight') ? input('votingRight') === 'on' : true} />
          <Textfield label={t('periodStart')} name="periodStart" type="date" defaultValue={input('periodStart') ?? today} error={error('periodStart')} />
          <Textfield label={t('periodEnd')} type="date" {...field('periodEnd')} />
        </>
      )}
    </ForumForm>
  )
}

export function PlanMeetingForm({ forumId }: { forumId: string }) {
  const t = useTranslations('Forum')
  return (
    <ForumForm action={planMeetingAction} submit={t('plan')} hidden={{ forumId }}>
      {({ field }) => (
        <>
          <Textfield label={t('meetingTitle')} {...field('title')} />
          <Textfield label={t('startsAt')} type="datetime-local" {...field('startsAt')} />
          <Textfield label={t('placeField')} {...field('place')} />
          <Textfield label={t('videoUrl')} type="url" {...field('videoUrl')} />
        </>
      )}
    </ForumForm>
  )
}

export function AgendaItemForm({ meetingId }: { meetingId: string }) {
  const t = useTranslations('Forum')
  return (
    <ForumForm action={addAgendaItemAction} submit={t('addItem')} hidden={{ meetingId }}>
      {({ field }) => (
        <>
          <Textfield label={t('itemTitle')} {...field('title')} />
          <Textfield label={t('itemDescription')} multiline rows={3} {...field('description')} />
        </>
      )}
    </ForumForm>
  )
}

/**
 * The decision on one agenda item: consensus, or a vote with each voting member's vote, and the
 * conflicts of interest declared. Members without a voting right (the county governor) can still
 * declare a conflict but get no vote field.
 */
export function DecisionForm({ agendaItemId, members, suggestedReference }: { agendaItemId: string; members: { id: string; personName: string; votingRight: boolean }[]; suggestedReference: string }) {
  const t = useTranslations('Forum')
  return (
    <ForumForm action={recordDecisionAction} submit={t('recordDecision')} hidden={{ agendaItemId }}>
      {({ input, error }) => <DecisionFields members={members} suggestedReference={suggestedReference} input={input} error={error} />}
    </ForumForm>
  )
}

function DecisionFields({ members, suggestedReference, input, error }: TFieldAccess & { members: { id: string; personName: string; votingRight: boolean }[]; suggestedReference: string }) {
  const t = useTranslations('Forum')
  const [outcome, setOutcome] = useState(input('outcome') ?? 'CONSENSUS')
  return (
    <>
      <Textfield label={t('reference')} description={t('referenceHelp')} name="reference" defaultValue={input('reference') ?? suggestedReference} error={error('reference')} />
      <Textfield label={t('proposal')} name="proposal" multiline rows={3} defaultValue={input('proposal')} error={error('proposal')} />
      <Fieldset>
        <Fieldset.Legend>{t('outcome')}</Fieldset.Legend>
        <Radio label={t('outcomes.CONSENSUS')} name="outcome" value="CONSENSUS" checked={outcome === 'CONSENSUS'} onChange={() => setOutcome('CONSENSUS')} />
        <Radio label={t('outcomes.VOTE')} name="outcome" value="VOTE" checked={outcome === 'VOTE'} onChange={() => setOutcome('VOTE')} />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('votesAndConflicts')}</Fieldset.Legend>
        <Fieldset.Description>{t('votingHelp')}</Fieldset.Description>
        {error('votes') && <Alert data-color="danger">{error('votes')}</Alert>}
        {error('conflicts') && <Alert data-color="danger">{error('conflicts')}</Alert>}
        {members.map((m) => (
          <div key={m.id} className="flex flex-col gap-2 border-b border-gray-200 pb-3">
            {outcome === 'VOTE' && m.votingRight ? (
              <SelectField
                label={t('voteFor', { name: m.personName })}
                name={`vote.${m.id}`}
                defaultValue={input(`vote.${m.id}`) ?? ''}
                placeholder={t('noVote')}
                options={VOTE_CHOICES.map((c) => ({ value: c, label: t(`votes.${c}`) }))}
              />
            ) : (
              <span>
                {m.personName}
                {!m.votingRight && ` (${t('noVotingRightShort')})`}
              </span>
            )}
            <Textfield label={t('conflictFor', { name: m.personName })} name={`conflict.${m.id}`} data-size="sm" defaultValue={input(`conflict.${m.id}`)} />
          </div>
        ))}
      </Fieldset>
      <Textfield label={t('decisionText')} name="text" multiline rows={4} defaultValue={input('text')} error={error('text')} />
      <Checkbox label={t('exempt')} name="exemptFromPublic" defaultChecked={input('exemptFromPublic') === 'on'} />
    </>
  )
}

/** The minutes' text: saved over the current draft, or as a new version after an approval. */
export function MinutesForm({ meetingId, text, submit }: { meetingId: string; text: string; submit: string }) {
  const t = useTranslations('Forum')
  return (
    <ForumForm action={draftMinutesAction} submit={submit} hidden={{ meetingId }}>
      {({ input, error }) => <Textfield label={t('minutesText')} name="text" multiline rows={12} defaultValue={input('text') ?? text} error={error('text')} />}
    </ForumForm>
  )
}

/** A paper for an agenda item: the browser offers the allowed types; the server checks them again. */
export function PaperForm({ agendaItemId }: { agendaItemId: string }) {
  const t = useTranslations('Forum')
  return (
    <ForumForm action={addPaperAction} submit={t('addPaper')} hidden={{ agendaItemId }} variant="secondary">
      {({ error }) => <FileField label={t('paperFile')} description={t('paperHelp', { mb: MAX_PAPER_BYTES / 1024 / 1024 })} accept={PAPER_ACCEPT} error={error('file')} />}
    </ForumForm>
  )
}

/** Who was at the meeting: one checkbox per member of the day. */
export function AttendanceForm({ meetingId, members }: { meetingId: string; members: { id: string; personName: string; organisationName: string; present: boolean | null }[] }) {
  const t = useTranslations('Forum')
  return (
    <ForumForm action={registerAttendanceAction} submit={t('saveAttendance')} hidden={{ meetingId }} variant="secondary">
      {({ error }) => (
        <Fieldset>
          <Fieldset.Legend>{t('attendanceLegend')}</Fieldset.Legend>
          {error('present') && <ValidationMessage>{error('present')}</ValidationMessage>}
          {members.map((m) => (
            <Checkbox key={m.id} label={`${m.personName} (${m.organisationName})`} name="present" value={m.id} defaultChecked={m.present === true} />
          ))}
        </Fieldset>
      )}
    </ForumForm>
  )
}

/** Ends one member's period on the day given (the row stays for the record). */
export function EndMemberForm({ memberId, personName, today }: { memberId: string; personName: string; today: string }) {
  const t = useTranslations('Forum')
  const [state, formAction, pending] = useActionState<TForumResult | null, FormData>(endForumMemberAction, null)
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="memberId" value={memberId} />
      <Textfield label={t('endMemberDate', { name: personName })} type="date" name="periodEnd" defaultValue={today} data-size="sm" />
      <Button type="submit" variant="tertiary" data-size="sm" disabled={pending}>
        {t('endMember')}
      </Button>
      {state && !state.ok && <ValidationMessage>{t(`errors.${state.error}`)}</ValidationMessage>}
    </form>
  )
}
