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
      {({ input, error }) => (
        <>
          {!only && (
            <SelectField
              label={t('partnership')}
              name="partnershipId"
              defaultValue={input('partnershipId') ?? ''}
              placeholder={t('choosePartnership')}
              options={partnerships.map((p) => ({ value: p.id, label: p.name }))}
              error={error('partnershipId')}
            />
          )}
          <Textfield label={t('name')} name="name" defaultValue={input('name')} error={error('name')} />
          <SelectField label={t('type')} name="type" defaultValue={input('type') ?? ''} placeholder={t('chooseType')} options={NETWORK_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) }))} error={error('type')} />
          <Textfield label={t('description')} name="description" multiline rows={3} defaultValue={input('description')} error={error('description')} />
        </>
      )}
    </NetworkForm>
  )
}

export function AddUnitForm({ networkId, units }: { networkId: string; units: { id: string; name: string }[] }) {
  const t = useTranslations('Networks')
  return (
    <NetworkForm action={addNetworkUnitAction} submit={t('addUnit')} hidden={{ networkId }} variant="secondary">
      {({ input, error }) => (
        <SelectField label={t('unit')} name="unitId" defaultValue={input('unitId') ?? ''} placeholder={t('chooseUnit')} options={units.map((u) => ({ value: u.id, label: u.name }))} error={error('unitId')} />
      )}
    </NetworkForm>
  )
}

export function AddMemberForm({ networkId }: { networkId: string }) {
  const t = useTranslations('Networks')
  return (
    <NetworkForm action={addNetworkMemberAction} submit={t('saveMember')} hidden={{ networkId }} variant="secondary">
      {({ input, error }) => (
        <>
          <Textfield label={t('personEmail')} description={t('personEmailHelp')} name="email" type="email" defaultValue={input('email')} error={error('email')} />
          <SelectField label={t('role')} name="role" defaultValue={input('role') ?? ''} placeholder={t('chooseRole')} options={NETWORK_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} error={error('role')} />
        </>
      )}
    </NetworkForm>
  )
}

export function PlanGatheringForm({ networkId }: { networkId: string }) {
  const t = useTranslations('Networks')
  return (
    <NetworkForm action={planGatheringAction} submit={t('plan')} hidden={{ networkId }}>
      {({ input, error }) => (
        <>
          <Textfield label={t('gatheringTitle')} name="title" defaultValue={input('title')} error={error('title')} />
          <Textfield label={t('programme')} name="programme" multiline rows={5} defaultValue={input('programme')} error={error('programme')} />
          <Textfield label={t('place')} name="place" defaultValue={input('place')} error={error('place')} />
          <Textfield label={t('startsAt')} name="startsAt" type="datetime-local" defaultValue={input('startsAt')} error={error('startsAt')} />
          <Textfield label={t('endsAt')} name="endsAt" type="datetime-local" defaultValue={input('endsAt')} error={error('endsAt')} />
          <Textfield label={t('seatLimit')} name="seatLimit" type="number" inputMode="numeric" min={1} defaultValue={input('seatLimit')} error={error('seatLimit')} />
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
      {({ input, error }) => (
        <>
          <SelectField label={t('taskKind')} name="kind" defaultValue={input('kind') ?? ''} placeholder={t('chooseTaskKind')} options={TASK_KINDS.map((k) => ({ value: k, label: t(`taskKinds.${k}`) }))} error={error('kind')} />
          <Textfield label={t('taskText')} name="text" multiline rows={3} defaultValue={input('text')} error={error('text')} />
          <Textfield label={t('dueOn')} name="dueOn" type="date" defaultValue={input('dueOn')} error={error('dueOn')} />
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
      {({ input, error }) => (
        <>
          <Textfield label={t('materialTitle')} name="title" defaultValue={input('title')} error={error('title')} />
          <Textfield label={t('description')} name="description" multiline rows={2} defaultValue={input('description')} error={error('description')} />
          <Textfield label={t('link')} description={t('linkHelp')} name="url" type="url" defaultValue={input('url')} error={error('url')} />
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
