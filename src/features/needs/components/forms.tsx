'use client'

import { useState } from 'react'
import { useTranslations } from 'next-intl'
import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react'
import { ResultForm, type TResultFormProps } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import {
  acceptOfferAction,
  addNeedsPriorityAction,
  answerOrderAction,
  createNeedsReportAction,
  createOrderAction,
  declineOfferAction,
  removeNeedsPriorityAction,
  sendOrderAction,
  submitNeedsReportAction,
} from '../actions'
import { suggestionText, THEMES } from '../options'
import type { TNeedsResult } from '../schemas'
import type { TAssessmentSuggestion } from '../get-needs-report'
import type { TOwnerContext } from '../owner-contexts'

/** The shared form frame (src/components/ui/result-form.tsx) with this area's messages. */
function NeedsForm(props: Omit<TResultFormProps<TNeedsResult>, 'namespace'>) {
  return <ResultForm namespace="Needs" {...props} />
}

const contextValue = (c: TOwnerContext) => `${c.partnershipId}|${c.ownerId}`

/** Which owner and partnership a new report or order is for: the first until the person chooses another. */
function useContextChoice(contexts: TOwnerContext[]) {
  const [chosen, setChosen] = useState(contextValue(contexts[0]!))
  return { chosen, setChosen, context: contexts.find((c) => contextValue(c) === chosen) ?? contexts[0]! }
}

/** "For whom": the owner and partnership; what the rest of the form offers follows the choice. */
function ContextField({ contexts, value, onChange, error }: { contexts: TOwnerContext[]; value: string; onChange: (v: string) => void; error?: string }) {
  const t = useTranslations('Needs')
  return (
    <SelectField
      label={t('context')}
      name="context"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      options={contexts.map((c) => ({ value: contextValue(c), label: `${c.ownerName} – ${c.partnershipName}` }))}
      error={error}
    />
  )
}

function Checkboxes({ legend, description, name, options, error, checked }: { legend: string; description?: string; name: string; options: { value: string; label: string }[]; error?: string; checked?: string[] }) {
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      <div className="flex max-h-72 flex-col gap-1 overflow-y-auto">
        {options.map((o) => (
          <Checkbox key={o.value} label={o.label} name={name} value={o.value} defaultChecked={checked?.includes(o.value)} />
        ))}
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  )
}

export function CreateReportForm({ contexts, year }: { contexts: TOwnerContext[]; year: number }) {
  const t = useTranslations('Needs')
  const { chosen, setChosen, context } = useContextChoice(contexts)
  return (
    <NeedsForm action={createNeedsReportAction} submit={t('createReport')} hidden={{}} linkTo={(id) => `/behov/${id}`}>
      {({ input, error, field }) => (
        <>
          <ContextField contexts={contexts} value={chosen} onChange={setChosen} error={error('partnershipId') ?? error('ownerId')} />
          <Textfield label={t('year')} name="year" type="number" inputMode="numeric" defaultValue={input('year') ?? String(year)} error={error('year')} />
          <Textfield label={t('reportTitle')} {...field('title')} />
          <Textfield label={t('summary')} description={t('summaryHelp')} multiline rows={5} {...field('summary')} />
          {context.coOwners.length > 0 && (
            <Checkboxes key={chosen} legend={t('coOwners')} description={t('coOwnersHelp')} name="coOwnerIds" options={context.coOwners.map((o) => ({ value: o.id, label: o.name }))} error={error('coOwnerIds')} />
          )}
        </>
      )}
    </NeedsForm>
  )
}

export function AddPriorityForm({ reportId, units }: { reportId: string; units: { id: string; name: string }[] }) {
  const t = useTranslations('Needs')
  const dev = useTranslations('Development')
  return (
    <NeedsForm action={addNeedsPriorityAction} submit={t('addPriority')} hidden={{ reportId }}>
      {({ error, field }) => (
        <>
          <SelectField label={t('theme')} placeholder={t('chooseTheme')} options={THEMES.map((th) => ({ value: th, label: dev(`themes.${th}`) }))} {...field('theme', '')} />
          <Textfield label={t('priorityDescription')} multiline rows={3} {...field('description')} />
          <Checkboxes legend={t('priorityUnits')} description={t('priorityUnitsHelp')} name="unitIds" options={units.map((u) => ({ value: u.id, label: u.name }))} error={error('unitIds')} />
        </>
      )}
    </NeedsForm>
  )
}

/** One click: a unit's own priority from its shared self-assessment becomes a priority of the report. */
export function SuggestionForm({ reportId, suggestion }: { reportId: string; suggestion: TAssessmentSuggestion }) {
  const t = useTranslations('Needs')
  const description = suggestionText(suggestion)
  return (
    <NeedsForm action={addNeedsPriorityAction} submit={t('addSuggestion', { unit: suggestion.unitName, title: suggestion.title })} hidden={{ reportId, theme: suggestion.theme, description, unitIds: suggestion.unitId }} variant="secondary" compact />
  )
}

export function RemovePriorityForm({ priorityId, position }: { priorityId: string; position: number }) {
  const t = useTranslations('Needs')
  return <NeedsForm action={removeNeedsPriorityAction} submit={t('removePriority', { position })} hidden={{ priorityId }} variant="tertiary" compact />
}

export function SubmitReportForm({ reportId }: { reportId: string }) {
  const t = useTranslations('Needs')
  return (
    <NeedsForm action={submitNeedsReportAction} submit={t('submitReport')} hidden={{ reportId }}>
      {() => <p className="m-0 text-sm">{t('submitHelp')}</p>}
    </NeedsForm>
  )
}

export function CreateOrderForm({ contexts, today }: { contexts: TOwnerContext[]; today: string }) {
  const t = useTranslations('Needs')
  const dev = useTranslations('Development')
  const { chosen, setChosen, context } = useContextChoice(contexts)
  return (
    <NeedsForm action={createOrderAction} submit={t('createOrder')} hidden={{}} linkTo={(id) => `/bestillinger/${id}`}>
      {({ input, error, field }) => (
        <>
          <ContextField contexts={contexts} value={chosen} onChange={setChosen} error={error('partnershipId') ?? error('ownerId')} />
          <SelectField
            key={`u-${chosen}`}
            label={t('university')}
            {...field('universityId', '')}
            placeholder={t('chooseUniversity')}
            options={context.universities.map((u) => ({ value: u.id, label: u.name }))}
          />
          <Textfield label={t('reportTitle')} {...field('title')} />
          <Textfield label={t('orderDescription')} description={t('orderDescriptionHelp')} multiline rows={5} {...field('description')} />
          <Checkboxes legend={t('themesLegend')} name="themes" options={THEMES.map((th) => ({ value: th, label: dev(`themes.${th}`) }))} error={error('themes')} />
          <Checkboxes key={`n-${chosen}`} legend={t('orderUnits')} name="unitIds" options={context.units.map((u) => ({ value: u.id, label: u.name }))} error={error('unitIds')} />
          {context.coOwners.length > 0 && (
            <Checkboxes key={`c-${chosen}`} legend={t('coOwners')} description={t('coOwnersOrderHelp')} name="coOwnerIds" options={context.coOwners.map((o) => ({ value: o.id, label: o.name }))} error={error('coOwnerIds')} />
          )}
          <Textfield label={t('startsOn')} name="startsOn" type="date" defaultValue={input('startsOn') ?? today} error={error('startsOn')} />
          <Textfield label={t('endsOn')} type="date" {...field('endsOn')} />
          <Textfield label={t('hoursRequested')} type="number" inputMode="numeric" {...field('hoursRequested')} />
        </>
      )}
    </NeedsForm>
  )
}

export function SendOrderForm({ orderId }: { orderId: string }) {
  const t = useTranslations('Needs')
  return (
    <NeedsForm action={sendOrderAction} submit={t('sendOrder')} hidden={{ orderId }}>
      {() => <p className="m-0 text-sm">{t('sendHelp')}</p>}
    </NeedsForm>
  )
}

export function AnswerOrderForm({ orderId, hoursRequested }: { orderId: string; hoursRequested: number }) {
  const t = useTranslations('Needs')
  return (
    <NeedsForm action={answerOrderAction} submit={t('sendOffer')} hidden={{ orderId }}>
      {({ input, error, field }) => (
        <>
          <Textfield label={t('offerText')} multiline rows={5} {...field('offerText')} />
          <Textfield label={t('offerHours')} name="offerHours" type="number" inputMode="numeric" defaultValue={input('offerHours') ?? String(hoursRequested)} error={error('offerHours')} />
          <Textfield label={t('offerFacilitators')} description={t('offerFacilitatorsHelp')} {...field('offerFacilitators')} />
        </>
      )}
    </NeedsForm>
  )
}

export function AcceptOfferForm({ orderId }: { orderId: string }) {
  const t = useTranslations('Needs')
  return <NeedsForm action={acceptOfferAction} submit={t('acceptOffer')} hidden={{ orderId }} />
}

export function DeclineOfferForm({ orderId }: { orderId: string }) {
  const t = useTranslations('Needs')
  return (
    <NeedsForm action={declineOfferAction} submit={t('declineOffer')} hidden={{ orderId }} variant="secondary">
      {({ field }) => <Textfield label={t('declineReason')} multiline rows={3} {...field('declineReason')} />}
    </NeedsForm>
  )
}
