'use client'

import { useEffect, useState } from 'react'
import { useTranslations } from 'next-intl'
import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react'
import { ResultForm, type TFieldAccess, type TResultFormProps } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import { addPlanReviewAction, createMeasureAction, createPlanAction, logVisitAction, savePlanLevelAction, updateMeasureAction } from '../actions'
import { LEVELS, MEASURE_STATUSES, SECTOR_GOALS, STAGES, THEMES, VISIT_KINDS } from '../options'
import type { TMeasuresResult } from '../schemas'
import type { TVisitFormOptions } from '../get-visits'
import type { TPlanTarget } from '../get-plans'
import type { TMeasureFormOptions, TOption } from '../measure-form-options'

/** The shared form frame (src/components/ui/result-form.tsx) with this area's messages. */
function MeasuresForm(props: Omit<TResultFormProps<TMeasuresResult>, 'namespace'>) {
  return <ResultForm namespace="Measures" className="flex max-w-2xl flex-col gap-4" {...props} />
}

/** A group of checkboxes named `name`, ticked from what was typed back, else from `initial`. */
function CheckboxGroup({ legend, name, options, initial, input, error, description }: { legend: string; name: string; options: { value: string; label: string }[]; initial: string[]; description?: string } & TFieldAccess) {
  const typed = input(name)
  const ticked = typed !== undefined ? typed.split(',') : initial
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {options.map((o) => (
        <Checkbox key={o.value} label={o.label} name={name} value={o.value} defaultChecked={ticked.includes(o.value)} />
      ))}
      {error(name) && <ValidationMessage>{error(name)}</ValidationMessage>}
    </Fieldset>
  )
}

export interface TMeasureValues {
  title: string
  description: string
  themes: string[]
  sectorGoals: string[]
  level: string
  status: string
  startsOn: string
  endsOn: string
  units: TOption[]
  universityId: string
  facilitatorIds: string[]
  grantYearId: string
  budget: string
  decisionId: string
  priority: string
}

const blank: TMeasureValues = {
  title: '', description: '', themes: [], sectorGoals: [], level: '', status: 'PLANNED', startsOn: '', endsOn: '', units: [],
  universityId: '', facilitatorIds: [], grantYearId: '', budget: '', decisionId: '', priority: '',
}

/** A new measure (`measureId` absent) or a change to one; the form always sends the whole measure. */
export function MeasureForm({ options, measureId, initial = blank }: { options: TMeasureFormOptions; measureId?: string; initial?: TMeasureValues }) {
  const t = useTranslations('Measures')
  const dev = useTranslations('Development')
  const hidden: Record<string, string> = measureId ? { measureId } : { partnershipId: options.partnershipId }
  return (
    <MeasuresForm action={measureId ? updateMeasureAction : createMeasureAction} submit={measureId ? t('saveMeasure') : t('createMeasure')} hidden={hidden}>
      {(f) => {
        const { input, error } = f
        return (
          <>
            <Textfield label={t('measureTitle')} name="title" defaultValue={input('title') ?? initial.title} error={error('title')} />
            <Textfield label={t('description')} name="description" multiline rows={3} defaultValue={input('description') ?? initial.description} error={error('description')} />
            <CheckboxGroup legend={t('themes')} name="themes" options={THEMES.map((v) => ({ value: v, label: dev(`themes.${v}`) }))} initial={initial.themes} {...f} />
            <CheckboxGroup legend={t('sectorGoals')} name="sectorGoals" options={SECTOR_GOALS.map((v) => ({ value: v, label: dev(`sectorGoals.${v}`) }))} initial={initial.sectorGoals} {...f} />
            <SelectField label={t('level')} name="level" defaultValue={input('level') ?? initial.level} placeholder={t('chooseLevel')} options={LEVELS.map((v) => ({ value: v, label: dev(`levels.${v}`) }))} error={error('level')} />
            <SelectField label={t('status')} name="status" defaultValue={input('status') ?? initial.status} options={MEASURE_STATUSES.map((v) => ({ value: v, label: t(`statusLabels.${v}`) }))} error={error('status')} />
            <Textfield label={t('startsOn')} name="startsOn" type="date" defaultValue={input('startsOn') ?? initial.startsOn} error={error('startsOn')} />
            <Textfield label={t('endsOn')} name="endsOn" type="date" defaultValue={input('endsOn') ?? initial.endsOn} error={error('endsOn')} />
            <SelectField label={t('university')} name="universityId" defaultValue={input('universityId') ?? initial.universityId} placeholder={t('noUniversity')} options={options.universities.map((u) => ({ value: u.id, label: u.name }))} error={error('universityId')} />
            <CheckboxGroup
              legend={t('facilitators')}
              description={t('facilitatorsHelp')}
              name="facilitatorIds"
              options={options.universities.flatMap((u) => u.facilitators.map((p) => ({ value: p.id, label: `${p.name} (${u.name})` })))}
              initial={initial.facilitatorIds}
              {...f}
            />
            <SelectField label={t('grantYear')} name="grantYearId" defaultValue={input('grantYearId') ?? initial.grantYearId} placeholder={t('noGrantYear')} options={options.grantYears.map((y) => ({ value: y.id, label: String(y.year) }))} error={error('grantYearId')} />
            <Textfield label={t('budget')} description={t('budgetHelp')} name="budget" inputMode="decimal" defaultValue={input('budget') ?? initial.budget} error={error('budget')} />
            <SelectField
              label={t('decision')}
              name="decisionId"
              defaultValue={input('decisionId') ?? initial.decisionId}
              placeholder={t('noDecision')}
              options={options.decisions.map((d) => ({ value: d.id, label: `${d.reference}: ${d.text}` }))}
              error={error('decisionId')}
            />
            <Textfield label={t('priority')} name="priority" type="number" min={1} defaultValue={input('priority') ?? initial.priority} error={error('priority')} />
            <UnitChecklist partnershipId={options.partnershipId} initial={initial.units} {...f} />
          </>
        )
      }}
    </MeasuresForm>
  )
}

/**
 * The units taking part: those chosen stay ticked above a search box, and what the person types is
 * searched on the server (/tiltak/enheter, twenty at a time) instead of every unit of the region
 * travelling with the page (Oslo's region has 442; issue 14). Unticking a chosen unit takes it
 * out; the ticked boxes are what the form sends.
 */
function UnitChecklist({ partnershipId, initial, error }: { partnershipId: string; initial: TOption[] } & TFieldAccess) {
  const t = useTranslations('Measures')
  const [chosen, setChosen] = useState<TOption[]>(initial)
  const [query, setQuery] = useState('')
  const matches = useUnitSearch(partnershipId, query)
  const chosenIds = new Set(chosen.map((u) => u.id))
  const toggle = (unit: TOption, on: boolean) => setChosen((now) => (on ? [...now.filter((u) => u.id !== unit.id), unit] : now.filter((u) => u.id !== unit.id)))
  return (
    <Fieldset>
      <Fieldset.Legend>{t('units')}</Fieldset.Legend>
      {chosen.map((u) => (
        <Checkbox key={u.id} label={u.name} name="unitIds" value={u.id} checked onChange={(e) => toggle(u, e.target.checked)} />
      ))}
      <Textfield label={t('filterUnits')} description={t('filterUnitsHelp')} value={query} onChange={(e) => setQuery(e.target.value)} />
      <div className="flex max-h-80 flex-col gap-1 overflow-y-auto" aria-live="polite">
        {matches === 'failed' ? (
          <ValidationMessage>{t('unitSearchFailed')}</ValidationMessage>
        ) : (
          matches
            ?.filter((u) => !chosenIds.has(u.id))
            .map((u) => <Checkbox key={u.id} label={u.name} value={u.id} checked={false} onChange={(e) => toggle(u, e.target.checked)} />)
        )}
      </div>
      {error('unitIds') && <ValidationMessage>{error('unitIds')}</ValidationMessage>}
    </Fieldset>
  )
}

/** The units whose name holds `query` (after a short pause in typing); null until typed, 'failed' when the search did not answer. */
function useUnitSearch(partnershipId: string, query: string): TOption[] | null | 'failed' {
  const [result, setResult] = useState<{ query: string; units: TOption[] | 'failed' } | null>(null)
  const needle = query.trim()
  useEffect(() => {
    if (needle === '') return
    const abort = new AbortController()
    const timer = setTimeout(() => {
      fetch(`/tiltak/enheter?${new URLSearchParams({ partnerskap: partnershipId, q: needle })}`, { signal: abort.signal })
        .then((r) => (r.ok ? (r.json() as Promise<TOption[]>) : Promise.reject(new Error(String(r.status)))))
        .then((units) => setResult({ query: needle, units }))
        .catch(() => abort.signal.aborted || setResult({ query: needle, units: 'failed' }))
    }, 200)
    return () => {
      clearTimeout(timer)
      abort.abort()
    }
  }, [partnershipId, needle])
  return needle === '' || result?.query !== needle ? null : result.units
}

export function CreatePlanForm({ targets, today }: { targets: TPlanTarget[]; today: string }) {
  const t = useTranslations('Measures')
  return (
    <MeasuresForm action={createPlanAction} submit={t('createPlan')} hidden={{}}>
      {({ input, error, field }) => (
        <>
          <SelectField
            label={t('planFor')}
            name="target"
            defaultValue={input('target') ?? (targets.length === 1 ? targets[0]!.value : '')}
            placeholder={t('choosePlanFor')}
            options={targets.map((o) => ({ value: o.value, label: o.kind === 'partnership' ? t('partnershipPlanFor', { name: o.label }) : o.label }))}
            error={error('target')}
          />
          <Textfield label={t('planTitle')} {...field('title')} />
          <Textfield label={t('startsOn')} name="startsOn" type="date" defaultValue={input('startsOn') ?? today} error={error('startsOn')} />
          <Textfield label={t('endsOn')} type="date" {...field('endsOn')} />
        </>
      )}
    </MeasuresForm>
  )
}

export function PlanLevelForm({ planId, level, texts }: { planId: string; level: string; texts: { signsOfPractice: string; pictureOfFuture: string; methods: string } | null }) {
  const t = useTranslations('Measures')
  return (
    <MeasuresForm action={savePlanLevelAction} submit={t('saveLevel')} hidden={{ planId, level }}>
      {({ input, error }) => (
        <>
          <Textfield label={t('signsOfPractice')} name="signsOfPractice" multiline rows={4} defaultValue={input('signsOfPractice') ?? texts?.signsOfPractice} error={error('signsOfPractice')} />
          <Textfield label={t('pictureOfFuture')} name="pictureOfFuture" multiline rows={4} defaultValue={input('pictureOfFuture') ?? texts?.pictureOfFuture} error={error('pictureOfFuture')} />
          <Textfield label={t('methods')} name="methods" multiline rows={4} defaultValue={input('methods') ?? texts?.methods} error={error('methods')} />
        </>
      )}
    </MeasuresForm>
  )
}

export function PlanReviewForm({ planId, level, today }: { planId: string; level: string; today: string }) {
  const t = useTranslations('Measures')
  return (
    <MeasuresForm action={addPlanReviewAction} submit={t('addReview')} hidden={{ planId, level }}>
      {({ input, error, field }) => (
        <>
          <Textfield label={t('reviewedOn')} name="reviewedOn" type="date" defaultValue={input('reviewedOn') ?? today} error={error('reviewedOn')} />
          <SelectField label={t('stage')} placeholder={t('chooseStage')} options={STAGES.map((s) => ({ value: s, label: t(`stageLabels.${s}`) }))} {...field('stage', '')} />
          <Textfield label={t('reviewNote')} multiline rows={3} {...field('note')} />
        </>
      )}
    </MeasuresForm>
  )
}

export function LogVisitForm({ options, today }: { options: TVisitFormOptions; today: string }) {
  const t = useTranslations('Measures')
  return (
    <MeasuresForm action={logVisitAction} submit={t('logVisit')} hidden={{}}>
      {({ input, error, field }) => (
        <>
          <SelectField label={t('unit')} placeholder={t('chooseUnit')} options={options.units.map((u) => ({ value: u.id, label: u.name }))} {...field('unitId', '')} />
          <SelectField label={t('visitKind')} name="kind" defaultValue={input('kind') ?? 'VISIT'} options={VISIT_KINDS.map((k) => ({ value: k, label: t(`visitKinds.${k}`) }))} error={error('kind')} />
          <Textfield label={t('visitedOn')} name="visitedOn" type="date" defaultValue={input('visitedOn') ?? today} error={error('visitedOn')} />
          <Fieldset>
            <Fieldset.Legend>{t('duration')}</Fieldset.Legend>
            <Fieldset.Description>{t('durationHelp')}</Fieldset.Description>
            <div className="flex gap-4">
              <Textfield label={t('hours')} type="number" min={0} max={24} {...field('hours', '')} />
              <Textfield label={t('minutes')} type="number" min={0} max={59} {...field('minutes', '')} />
            </div>
          </Fieldset>
          <Textfield label={t('notes')} description={t('notesHelp')} multiline rows={5} {...field('notes')} />
          <SelectField label={t('order')} placeholder={t('noOrder')} options={options.orders.map((o) => ({ value: o.id, label: o.name }))} {...field('orderId', '')} />
          <SelectField label={t('measure')} placeholder={t('noMeasure')} options={options.measures.map((m) => ({ value: m.id, label: m.name }))} {...field('measureId', '')} />
        </>
      )}
    </MeasuresForm>
  )
}
