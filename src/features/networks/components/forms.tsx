'use client'

import { useTranslations } from 'next-intl'
import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react'
import { FileField } from '@/components/ui/file-field'
import { ResultForm, type TResultFormProps } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import {
  addGatheringTaskAction,
  addMaterialAction,
  addNetworkMemberAction,
  addNetworkUnitAction,
  cancelRegistrationAction,
  createNetworkAction,
  planGatheringAction,
  recordGatheringAttendanceAction,
  registerForGatheringAction,
  remindPreWorkAction,
  saveStrengthAction,
  submitTaskWorkAction,
} from '../actions'
import { MAX_PAPER_BYTES, PAPER_ACCEPT } from '@/features/forum/paper-types'
import { NETWORK_ROLES, NETWORK_TYPES, TASK_KINDS } from '../options'
import type { TNetworksResult } from '../schemas'



/** The shared form frame (src/components/ui/result-form.tsx) with this area's messages. */
function NetworkForm(props: Omit<TResultFormProps<TNetworksResult>, 'namespace'>) {
  return <ResultForm namespace="Networks" {...props} />
}

export function CreateNetworkForm({ partnerships }: { partnerships: { id: string; name: string }[] }) {
  const t = useTranslations('Networks')
  const only = partnerships.length === 1 ? partnerships[0]!.id : undefined
  return (
    <NetworkForm action={createNetworkAction} submit={t('create')} hidden={only ? { partnershipId: only } : {}}>
      {({ field }) => (
        <>
          {!only && (
            <SelectField
              label={t('partnership')}
              {...field('partnershipId', '')}
              placeholder={t('choosePartnership')}
              options={partnerships.map((p) => ({ value: p.id, label: p.name }))}
            />
          )}
          <Textfield label={t('name')} {...field('name')} />
          <SelectField label={t('type')} placeholder={t('chooseType')} options={NETWORK_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) }))} {...field('type', '')} />
          <Textfield label={t('description')} multiline rows={3} {...field('description')} />
        </>
      )}
    </NetworkForm>
  )
}

export function AddUnitForm({ networkId, units }: { networkId: string; units: { id: string; name: string }[] }) {
  const t = useTranslations('Networks')
  return (
    <NetworkForm action={addNetworkUnitAction} submit={t('addUnit')} hidden={{ networkId }} variant="secondary">
      {({ field }) => (
        <SelectField label={t('unit')} placeholder={t('chooseUnit')} options={units.map((u) => ({ value: u.id, label: u.name }))} {...field('unitId', '')} />
      )}
    </NetworkForm>
  )
}

export function AddMemberForm({ networkId }: { networkId: string }) {
  const t = useTranslations('Networks')
  return (
    <NetworkForm action={addNetworkMemberAction} submit={t('saveMember')} hidden={{ networkId }} variant="secondary">
      {({ field }) => (
        <>
          <Textfield label={t('personEmail')} description={t('personEmailHelp')} type="email" {...field('email')} />
          <SelectField label={t('role')} placeholder={t('chooseRole')} options={NETWORK_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} {...field('role', '')} />
        </>
      )}
    </NetworkForm>
  )
}

export function PlanGatheringForm({ networkId }: { networkId: string }) {
  const t = useTranslations('Networks')
  return (
    <NetworkForm action={planGatheringAction} submit={t('plan')} hidden={{ networkId }}>
      {({ field }) => (
        <>
          <Textfield label={t('gatheringTitle')} {...field('title')} />
          <Textfield label={t('programme')} multiline rows={5} {...field('programme')} />
          <Textfield label={t('place')} {...field('place')} />
          <Textfield label={t('startsAt')} type="datetime-local" {...field('startsAt')} />
          <Textfield label={t('endsAt')} type="datetime-local" {...field('endsAt')} />
          <Textfield label={t('seatLimit')} type="number" inputMode="numeric" min={1} {...field('seatLimit')} />
        </>
      )}
    </NetworkForm>
  )
}

/** Register or cancel: one button, the outcome (a seat or the waiting list) said in words. */
export function RegistrationForm({ gatheringId, registered }: { gatheringId: string; registered: boolean }) {
  const t = useTranslations('Networks')
  return (
    <NetworkForm action={registered ? cancelRegistrationAction : registerForGatheringAction} submit={registered ? t('cancel') : t('register')} hidden={{ gatheringId }} variant={registered ? 'secondary' : 'primary'}>
      {() => null}
    </NetworkForm>
  )
}

export function AttendanceForm({ gatheringId, seats }: { gatheringId: string; seats: { id: string; name: string; attended: boolean | null }[] }) {
  const t = useTranslations('Networks')
  return (
    <NetworkForm action={recordGatheringAttendanceAction} submit={t('saveAttendance')} hidden={{ gatheringId }} variant="secondary">
      {({ error }) => (
        <Fieldset>
          <Fieldset.Legend>{t('attendanceLegend')}</Fieldset.Legend>
          {error('present') && <ValidationMessage>{error('present')}</ValidationMessage>}
          {seats.map((s) => (
            <Checkbox key={s.id} label={s.name} name="present" value={s.id} defaultChecked={s.attended === true} />
          ))}
        </Fieldset>
      )}
    </NetworkForm>
  )
}

export function AddTaskForm({ gatheringId }: { gatheringId: string }) {
  const t = useTranslations('Networks')
  return (
    <NetworkForm action={addGatheringTaskAction} submit={t('addTask')} hidden={{ gatheringId }} variant="secondary">
      {({ field }) => (
        <>
          <SelectField label={t('taskKind')} placeholder={t('chooseTaskKind')} options={TASK_KINDS.map((k) => ({ value: k, label: t(`taskKinds.${k}`) }))} {...field('kind', '')} />
          <Textfield label={t('taskText')} multiline rows={3} {...field('text')} />
          <Textfield label={t('dueOn')} type="date" {...field('dueOn')} />
        </>
      )}
    </NetworkForm>
  )
}

/** A unit's answer to one task: its pre-work, or its reflection log entry. */
export function SubmitWorkForm({ taskId, unitId, label, text }: { taskId: string; unitId: string; label: string; text: string }) {
  const t = useTranslations('Networks')
  return (
    <NetworkForm action={submitTaskWorkAction} submit={text ? t('updateWork') : t('submitWork')} hidden={{ taskId, unitId }} variant="secondary">
      {({ input, error }) => <Textfield label={label} name="text" multiline rows={4} defaultValue={input('text') ?? text} error={error('text')} />}
    </NetworkForm>
  )
}

export function RemindForm({ gatheringId }: { gatheringId: string }) {
  const t = useTranslations('Networks')
  return (
    <NetworkForm action={remindPreWorkAction} submit={t('remind')} hidden={{ gatheringId }} variant="secondary">
      {() => <p className="m-0 text-sm">{t('remindHelp')}</p>}
    </NetworkForm>
  )
}


/** Share a link or a file (one of them): the server checks the file's type and size again. */
export function AddMaterialForm({ networkId }: { networkId: string }) {
  const t = useTranslations('Networks')
  return (
    <NetworkForm action={addMaterialAction} submit={t('share')} hidden={{ networkId }} variant="secondary">
      {({ error, field }) => (
        <>
          <Textfield label={t('materialTitle')} {...field('title')} />
          <Textfield label={t('description')} multiline rows={2} {...field('description')} />
          <Textfield label={t('link')} description={t('linkHelp')} type="url" {...field('url')} />
          <FileField label={t('file')} description={t('fileHelp', { mb: MAX_PAPER_BYTES / 1024 / 1024 })} accept={PAPER_ACCEPT} error={error('file')} />
        </>
      )}
    </NetworkForm>
  )
}

export function StrengthForm({ networkId, unitId, unitName, text }: { networkId: string; unitId: string; unitName: string; text: string }) {
  const t = useTranslations('Networks')
  return (
    <NetworkForm action={saveStrengthAction} submit={t('saveStrength')} hidden={{ networkId, unitId }} variant="secondary">
      {({ input, error }) => <Textfield label={t('strengthFor', { unit: unitName })} name="text" multiline rows={3} defaultValue={input('text') ?? text} error={error('text')} />}
    </NetworkForm>
  )
}
