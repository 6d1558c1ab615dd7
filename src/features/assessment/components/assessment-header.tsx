import { getTranslations } from 'next-intl/server'
import { Alert, Heading } from '@/components/ui/ds-static'
import { schoolYearEnd } from '@/lib/school-year'
import type { TAssessmentDetail } from '../queries'
import { PHASES, phaseIndex } from '../schemas'
import { PhaseForm } from './forms'
import { PageHeader } from '@/components/ui/page-header'

/** The analysis's heading, its set, the phases as steps with the current one marked, and who may change it. */
export async function AssessmentHeader({ a }: { a: TAssessmentDetail }) {
  const t = await getTranslations('Assessment')
  const at = phaseIndex(a.phase)
  return (
    <PageHeader title={t('heading', { unit: a.unitName, year: a.year, next: schoolYearEnd(a.year) })} back={{ href: '/egenvurdering', label: t('back') }} lead={t('usesSet', { set: a.statementSetName })}>
      <nav aria-label={t('phasesLabel')}>
        <ol className="flex list-none flex-wrap gap-2 p-0">
          {PHASES.map((p, i) => (
            <li key={p} aria-current={p === a.phase ? 'step' : undefined} className={`rounded border px-3 py-1 text-sm ${p === a.phase ? 'border-[var(--ds-color-accent-border-strong)] font-bold' : i < at ? '' : 'text-[var(--ds-color-neutral-text-subtle)]'}`}>
              {i + 1}. {t(`phases.${p}`)}
              {p === a.phase && <span className="sr-only"> ({t('currentPhase')})</span>}
            </li>
          ))}
        </ol>
      </nav>
      {!a.canEdit && <Alert data-color="info">{t('ownerReadOnly')}</Alert>}
      {a.canEdit && a.phase === 'COMPLETED' && <Alert data-color="info">{t('completedNote')}</Alert>}
    </PageHeader>
  )
}

/** For the unit's own leader: one step forward, one step back. */
export async function PhaseMoves({ a }: { a: TAssessmentDetail }) {
  const t = await getTranslations('Assessment')
  const at = phaseIndex(a.phase)
  const before = PHASES[at - 1]
  const after = PHASES[at + 1]
  return (
    <section aria-labelledby="move" className="flex flex-wrap items-start gap-4">
      <Heading level={2} data-size="xs" id="move" className="sr-only">
        {t('moveHeading')}
      </Heading>
      {after && <PhaseForm assessmentId={a.id} phase={after} label={t('forwardTo', { phase: t(`phases.${after}`) })} variant="primary" />}
      {before && <PhaseForm assessmentId={a.id} phase={before} label={t('backTo', { phase: t(`phases.${before}`) })} variant="tertiary" />}
    </section>
  )
}
