'use client'

import { useTranslations } from 'next-intl'
import { Fieldset, Input, Textfield } from '@digdir/designsystemet-react'
import { Alert, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@/components/ui/ds-static'
import Link from 'next/link'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { ResultForm, type TResultFormProps } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import {
  addStatementAction,
  createStatementSetAction,
  revokeAssessmentShareAction,
  saveAssessmentTextAction,
  savePrioritiesAction,
  saveRatingsAction,
  setAssessmentPhaseAction,
  shareAssessmentAction,
  startAssessmentAction,
} from '../actions'
import { MAX_PRIORITIES, SCALE, THEMES, UNIT_KINDS } from '../options'
import type { TAssessmentResult } from '../schemas'
import { schoolYearEnd } from '@/lib/school-year'



/** The shared form frame (src/components/ui/result-form.tsx) with this area's messages. */
function AssessmentForm(props: Omit<TResultFormProps<TAssessmentResult>, 'namespace'>) {
  return <ResultForm namespace="Assessment" className="flex flex-col gap-4" resetOnSuccess={false} {...props} />
}

export function StartAssessmentForm({ units, defaultYear }: { units: { id: string; name: string; sets: { id: string; name: string; partnershipName: string }[] }[]; defaultYear: number }) {
  const t = useTranslations('Assessment')
  const startable = units.filter((u) => u.sets.length > 0)
  const sets = startable.flatMap((u) => u.sets.map((s) => ({ ...s, unitName: u.name })))
  const oneSet = startable.length === 1 && startable[0]!.sets.length === 1
  return (
    <div className="flex max-w-xl flex-col gap-3">
      {units
        .filter((u) => u.sets.length === 0)
        .map((u) => (
          <Alert key={u.id} data-color="warning">
            {t('noSetForUnit', { unit: u.name })}
          </Alert>
        ))}
      {startable.length > 0 && (
        <AssessmentForm
          action={startAssessmentAction}
          submit={t('start')}
          hidden={startable.length === 1 ? { unitId: startable[0]!.id, ...(oneSet ? { statementSetId: startable[0]!.sets[0]!.id } : {}) } : {}}
          after={(state) =>
            state?.ok ? (
              <Link href={`/egenvurdering/${state.id}`} className="ds-link">
                {t('openStarted')}
              </Link>
            ) : null
          }
        >
          {({ input, error, field }) => (
            <>
              {startable.length === 1 && <p className="m-0">{t('startFor', { unit: startable[0]!.name })}</p>}
              {startable.length > 1 && (
                <SelectField label={t('startUnit')} placeholder="" options={startable.map((u) => ({ value: u.id, label: u.name }))} {...field('unitId', '')} />
              )}
              <Textfield
                label={t('startYear')}
                description={t('startYearHelp', { year: defaultYear, next: schoolYearEnd(defaultYear) })}
                name="year"
                inputMode="numeric"
                defaultValue={input('year') ?? String(defaultYear)}
                error={error('year')}
              />
              {!oneSet && (
                <SelectField
                  label={t('statementSet')}
                  {...field('statementSetId', '')}
                  placeholder={t('chooseSet')}
                  options={sets.map((s) => ({ value: s.id, label: startable.length > 1 ? `${s.unitName}: ${s.name} (${s.partnershipName})` : `${s.name} (${s.partnershipName})` }))}
                />
              )}
            </>
          )}
        </AssessmentForm>
      )}
    </div>
  )
}

export function TextForm({ assessmentId, field, text, label }: { assessmentId: string; field: 'processPlan' | 'unitData'; text: string; label: string }) {
  const t = useTranslations('Assessment')
  return (
    <div className="max-w-2xl">
      <AssessmentForm action={saveAssessmentTextAction} submit={t('saveText')} hidden={{ assessmentId, field }} variant="secondary">
        {({ input, error }) => <Textfield label={label} name="text" multiline rows={6} defaultValue={input('text') ?? text} error={error('text')} />}
      </AssessmentForm>
    </div>
  )
}

/** The counts for every statement in one table: a row per statement, a column per step of the scale. */
export function RatingsForm({ assessmentId, statements }: { assessmentId: string; statements: { id: string; position: number; area: string; text: string; counts: Record<(typeof SCALE)[number], number> }[] }) {
  const t = useTranslations('Assessment')
  return (
    <AssessmentForm action={saveRatingsAction} submit={t('saveRatings')} hidden={{ assessmentId }} variant="secondary" generalError={t('errors.invalidCounts')}>
      {({ input, state }) => (
        <>
          <p className="m-0 text-sm">{t('ratingsHelp')}</p>
          <ScrollRegion label={t('ratingsCaption')}>
            <Table className="w-full" data-size="sm">
              <caption className="text-left">{t('ratingsCaption')}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('statement')}</TableHeaderCell>
                  {SCALE.map((step) => (
                    <TableHeaderCell key={step}>{t(`scale.${step}`)}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {statements.map((s) => (
                  <TableRow key={s.id}>
                    <TableHeaderCell scope="row" className="font-normal">
                      {s.position}. {s.text} <span className="text-sm">({s.area})</span>
                    </TableHeaderCell>
                    {SCALE.map((step) => {
                      const name = `${step}.${s.id}`
                      const invalid = !!(state && !state.ok && state.fields?.includes(name))
                      return (
                        <TableCell key={step}>
                          <Input
                            name={name}
                            inputMode="numeric"
                            aria-label={t('countLabel', { step: t(`scale.${step}`), n: s.position })}
                            aria-invalid={invalid}
                            defaultValue={input(name) ?? String(s.counts[step])}
                            className="w-20"
                          />
                        </TableCell>
                      )
                    })}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        </>
      )}
    </AssessmentForm>
  )
}

export function PrioritiesForm({ assessmentId, priorities }: { assessmentId: string; priorities: { theme: string; title: string; goal: string }[] }) {
  const t = useTranslations('Assessment')
  const dev = useTranslations('Development')
  return (
    <div className="max-w-2xl">
      <AssessmentForm action={savePrioritiesAction} submit={t('savePriorities')} hidden={{ assessmentId }} variant="secondary">
        {({ input, error }) => (
          <>
            <p className="m-0 text-sm">{t('prioritiesHelp')}</p>
            {[...Array(MAX_PRIORITIES).keys()].map((i) => {
              const n = i + 1
              const saved = priorities[i]
              return (
                <Fieldset key={n}>
                  <Fieldset.Legend>{t('priorityLegend', { n })}</Fieldset.Legend>
                  <SelectField
                    label={t('themeN', { n })}
                    name={`theme.${n}`}
                    defaultValue={input(`theme.${n}`) ?? saved?.theme ?? ''}
                    placeholder={t('chooseTheme')}
                    options={THEMES.map((theme) => ({ value: theme, label: dev(`themes.${theme}`) }))}
                    error={error(`theme.${n}`)}
                  />
                  <Textfield label={t('titleN', { n })} name={`title.${n}`} defaultValue={input(`title.${n}`) ?? saved?.title ?? ''} error={error(`title.${n}`)} />
                  <Textfield label={t('goalN', { n })} name={`goal.${n}`} multiline rows={2} defaultValue={input(`goal.${n}`) ?? saved?.goal ?? ''} error={error(`goal.${n}`)} />
                </Fieldset>
              )
            })}
          </>
        )}
      </AssessmentForm>
    </div>
  )
}

/** One button that moves the analysis to `phase` (the step before or after the current one). */
export function PhaseForm({ assessmentId, phase, label, variant }: { assessmentId: string; phase: string; label: string; variant: 'primary' | 'tertiary' }) {
  return <AssessmentForm action={setAssessmentPhaseAction} submit={label} hidden={{ assessmentId, phase }} variant={variant} />
}

export function ShareForm({ assessmentId, shared }: { assessmentId: string; shared: boolean }) {
  const t = useTranslations('Assessment')
  return shared ? (
    <AssessmentForm action={revokeAssessmentShareAction} submit={t('revoke')} hidden={{ assessmentId }} variant="secondary" />
  ) : (
    <AssessmentForm action={shareAssessmentAction} submit={t('share')} hidden={{ assessmentId }} />
  )
}

export function CreateSetForm({ partnerships }: { partnerships: { id: string; name: string }[] }) {
  const t = useTranslations('Assessment')
  return (
    <div className="max-w-xl">
      <AssessmentForm action={createStatementSetAction} submit={t('createSet')} resetOnSuccess hidden={partnerships.length === 1 ? { partnershipId: partnerships[0]!.id } : {}}>
        {({ field }) => (
          <>
            {partnerships.length > 1 && (
              <SelectField label={t('partnership')} placeholder={t('choosePartnership')} options={partnerships.map((p) => ({ value: p.id, label: p.name }))} {...field('partnershipId', '')} />
            )}
            <Textfield label={t('setName')} {...field('name')} />
            <SelectField
              label={t('unitKind')}
              {...field('unitKind', '')}
              placeholder={t('chooseUnitKind')}
              options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKinds.${k}`) }))}
            />
          </>
        )}
      </AssessmentForm>
    </div>
  )
}

export function AddStatementForm({ setId }: { setId: string }) {
  const t = useTranslations('Assessment')
  return (
    <div className="max-w-xl">
      <AssessmentForm action={addStatementAction} submit={t('addStatement')} resetOnSuccess hidden={{ setId }} variant="secondary">
        {({ field }) => (
          <>
            <Textfield label={t('statementArea')} description={t('statementAreaHelp')} {...field('area')} />
            <Textfield label={t('statementText')} multiline rows={2} {...field('text')} />
          </>
        )}
      </AssessmentForm>
    </div>
  )
}
