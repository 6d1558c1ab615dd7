'use client'

import { useTranslations } from 'next-intl'
import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react'
import { FileField } from '@/components/ui/file-field'
import { ResultForm, type TFieldAccess, type TResultFormProps } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import { MAX_PAPER_BYTES, PAPER_ACCEPT } from '@/features/forum/paper-types'
import { addModuleAction, approveSharingAction, createResourceAction, linkMeasureAction, markModuleAction, startPackageAction } from '../actions'
import { AUDIENCES, GRADES, LANGUAGES, LICENCES, MODULE_KINDS, RESOURCE_KINDS, SCHOOL_LEVELS, THEMES } from '../options'
import type { TPortalResult } from '../schemas'

/** The shared form frame (src/components/ui/result-form.tsx) with this area's messages. */
function PortalForm(props: Omit<TResultFormProps<TPortalResult>, 'namespace'>) {
  return <ResultForm namespace="Portal" {...props} />
}

function Boxes({ legend, name, options, error }: { legend: string; name: string; options: { value: string; label: string }[] } & Pick<TFieldAccess, 'error'>) {
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <div className="flex flex-wrap gap-x-4">
        {options.map((o) => (
          <Checkbox key={o.value} label={o.label} name={name} value={o.value} />
        ))}
      </div>
      {error(name) && <ValidationMessage>{error(name)}</ValidationMessage>}
    </Fieldset>
  )
}

export interface TSharingChoice {
  value: string
  label: string
}

/** A new resource: what it is, its metadata (themes, audience, level, trinn, LK20 codes) and where it is shared. */
export function CreateResourceForm({ sharing }: { sharing: TSharingChoice[] }) {
  const t = useTranslations('Portal')
  const dev = useTranslations('Development')
  return (
    <PortalForm action={createResourceAction} submit={t('create')} className="flex max-w-2xl flex-col gap-4">
      {({ field, error }) => (
        <>
          <SelectField label={t('kind')} {...field('kind', 'PACKAGE')} options={RESOURCE_KINDS.map((v) => ({ value: v, label: t(`kinds.${v}`) }))} />
          <Textfield label={t('titleField')} {...field('title')} />
          <Textfield label={t('summary')} multiline rows={3} {...field('summary')} />
          <Textfield label={t('body')} multiline rows={5} {...field('body')} />
          <SelectField label={t('sharing')} {...field('sharing')} placeholder={t('choose')} options={sharing} />
          <Boxes legend={t('themes')} name="themes" options={THEMES.map((v) => ({ value: v, label: dev(`themes.${v}`) }))} error={error} />
          <Boxes legend={t('audiences')} name="audiences" options={AUDIENCES.map((v) => ({ value: v, label: t(`audience.${v}`) }))} error={error} />
          <Boxes legend={t('levels')} name="levels" options={SCHOOL_LEVELS.map((v) => ({ value: v, label: t(`level.${v}`) }))} error={error} />
          <Boxes legend={t('grades')} name="grades" options={GRADES.map((g) => ({ value: String(g), label: String(g) }))} error={error} />
          <Textfield label={t('curricula')} description={t('curriculaHelp')} {...field('curricula')} />
          <Textfield label={t('competenceAims')} description={t('competenceAimsHelp')} {...field('competenceAims')} />
          <Textfield label={t('durationWeeks')} type="number" min={1} max={104} {...field('durationWeeks')} />
          <SelectField label={t('licence')} {...field('licence', 'CC_BY_4')} options={LICENCES.map((v) => ({ value: v, label: t(`licences.${v}`) }))} />
          <SelectField label={t('language')} {...field('language', 'NB')} options={LANGUAGES.map((v) => ({ value: v, label: t(`languages.${v}`) }))} />
          <Textfield label={t('link')} description={t('linkHelp')} type="url" {...field('url')} />
          <FileField label={t('file')} description={t('fileHelp', { mb: MAX_PAPER_BYTES / 1024 / 1024 })} accept={PAPER_ACCEPT} error={error('file')} />
        </>
      )}
    </PortalForm>
  )
}

/** The next module of a package. */
export function AddModuleForm({ resourceId }: { resourceId: string }) {
  const t = useTranslations('Portal')
  return (
    <PortalForm action={addModuleAction} submit={t('addModule')} hidden={{ resourceId }} variant="secondary">
      {({ field }) => (
        <>
          <SelectField label={t('moduleKind')} {...field('kind', 'SUBJECT')} options={MODULE_KINDS.map((v) => ({ value: v, label: t(`moduleKinds.${v}`) }))} />
          <Textfield label={t('moduleTitle')} {...field('title')} />
          <Textfield label={t('moduleBody')} multiline rows={3} {...field('body')} />
          <Textfield label={t('link')} type="url" {...field('url')} />
          <Textfield label={t('durationWeeks')} type="number" min={1} max={52} {...field('durationWeeks')} />
        </>
      )}
    </PortalForm>
  )
}

/** Start the package for the unit, or for a team in it. */
export function StartPackageForm({ resourceId, units }: { resourceId: string; units: { id: string; name: string }[] }) {
  const t = useTranslations('Portal')
  return (
    <PortalForm action={startPackageAction} submit={t('start')} hidden={{ resourceId }}>
      {({ field }) => (
        <>
          <SelectField label={t('unit')} {...field('unitId', units[0]?.id)} options={units.map((u) => ({ value: u.id, label: u.name }))} />
          <Textfield label={t('team')} description={t('teamHelp')} {...field('team')} />
        </>
      )}
    </PortalForm>
  )
}

/** One button that marks a module of a use: the one we are on, or done. */
export function MarkModuleForm({ useId, moduleId, step, label }: { useId: string; moduleId: string; step: 'current' | 'done'; label: string }) {
  return <PortalForm action={markModuleAction} submit={label} hidden={{ useId, moduleId, step }} variant={step === 'done' ? 'primary' : 'tertiary'} compact />
}

/** The principal's answer to a wish for wider sharing. */
export function ApproveSharingForms({ resourceId }: { resourceId: string }) {
  const t = useTranslations('Portal')
  return (
    <div className="flex flex-wrap gap-4">
      <PortalForm action={approveSharingAction} submit={t('approve')} hidden={{ resourceId, decision: 'approve' }} compact />
      <PortalForm action={approveSharingAction} submit={t('refuse')} hidden={{ resourceId, decision: 'refuse' }} variant="secondary" compact />
    </div>
  )
}

/** The secretariat names the resource in one of its measures. */
export function LinkMeasureForm({ resourceId, measures }: { resourceId: string; measures: { id: string; title: string }[] }) {
  const t = useTranslations('Portal')
  return (
    <PortalForm action={linkMeasureAction} submit={t('linkMeasure')} hidden={{ resourceId }} variant="secondary">
      {({ field }) => <SelectField label={t('measure')} {...field('measureId')} placeholder={t('choose')} options={measures.map((m) => ({ value: m.id, label: m.title }))} />}
    </PortalForm>
  )
}
