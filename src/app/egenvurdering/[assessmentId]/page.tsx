import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Alert, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import type { AssessmentPhase } from '@/generated/prisma/enums'
import { PhaseForm, PrioritiesForm, RatingsForm, ShareForm, TextForm } from '@/features/assessment/components/forms'
import { ResultsTables } from '@/features/assessment/components/results-table'
import { getAssessment } from '@/features/assessment/queries'
import { PHASES, phaseIndex, WRITABLE_FROM } from '@/features/assessment/schemas'
import { OSLO } from '@/lib/oslo-time'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'
import { schoolYearEnd } from '@/lib/school-year'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Assessment')
  return { title: t('title') }
}

export default async function AssessmentPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  // Note: checked here and again in getAssessment (scope) and in every action's use case.
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  if (!can(actor, 'read:assessment')) redirect('/egenvurdering')
  const a = await getAssessment(await getDb(), actor, (await params).assessmentId)
  // Another unit's analysis, or one no longer shared, looks exactly like one that does not exist.
  if (!a) notFound()
  const t = await getTranslations('Assessment')
  const dev = await getTranslations('Development')
  const format = await getFormatter()
  const at = phaseIndex(a.phase)
  const completed = a.phase === 'COMPLETED'
  // The unit's own leader writes a part from its phase on, until the analysis is completed.
  const writable = (content: keyof typeof WRITABLE_FROM) => a.canEdit && !completed && at >= phaseIndex(WRITABLE_FROM[content])
  const before = PHASES[at - 1]
  const after = PHASES[at + 1]
  const text = (value: string) => (value ? <Paragraph className="whitespace-pre-line">{value}</Paragraph> : <Paragraph>{t('notWritten')}</Paragraph>)
  const phaseSection = (phase: Exclude<AssessmentPhase, 'COMPLETED'>, body: React.ReactNode) => (
    <section aria-labelledby={`phase-${phase}`} className="flex flex-col gap-3">
      <Heading level={2} data-size="sm" id={`phase-${phase}`}>
        {t(`phaseHeadings.${phase}`)}
      </Heading>
      <Paragraph data-size="sm">{t(`phaseHelp.${phase}`)}</Paragraph>
      {body}
    </section>
  )

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Paragraph data-size="sm">
          <Link href="/egenvurdering" className="ds-link">
            {t('back')}
          </Link>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {t('heading', { unit: a.unitName, year: a.year, next: schoolYearEnd(a.year) })}
        </Heading>
        <Paragraph>{t('usesSet', { set: a.statementSetName })}</Paragraph>
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
        {a.canEdit && completed && <Alert data-color="info">{t('completedNote')}</Alert>}
      </div>

      {a.canEdit && (
        <section aria-labelledby="move" className="flex flex-wrap items-start gap-4">
          <Heading level={2} data-size="xs" id="move" className="sr-only">
            {t('moveHeading')}
          </Heading>
          {after && <PhaseForm assessmentId={a.id} phase={after} label={t('forwardTo', { phase: t(`phases.${after}`) })} variant="primary" />}
          {before && <PhaseForm assessmentId={a.id} phase={before} label={t('backTo', { phase: t(`phases.${before}`) })} variant="tertiary" />}
        </section>
      )}

      {phaseSection('PLANNING', writable('processPlan') ? <TextForm assessmentId={a.id} field="processPlan" text={a.processPlan} label={t('processPlan')} /> : text(a.processPlan))}
      {phaseSection(
        'DATA',
        writable('unitData') ? <TextForm assessmentId={a.id} field="unitData" text={a.unitData} label={t('unitData')} /> : at < phaseIndex('DATA') ? <Paragraph>{t('notYet')}</Paragraph> : text(a.unitData),
      )}
      {phaseSection(
        'RATING',
        <>
          {writable('ratings') && <RatingsForm assessmentId={a.id} statements={a.statements} />}
          {at < phaseIndex('RATING') ? (
            <Paragraph>{t('notYet')}</Paragraph>
          ) : (
            <>
              <Heading level={3} data-size="xs">
                {t('resultsHeading')}
              </Heading>
              <ResultsTables statements={a.statements} areas={a.areas} />
            </>
          )}
        </>,
      )}
      {phaseSection(
        'PRIORITISING',
        writable('priorities') ? (
          <PrioritiesForm assessmentId={a.id} priorities={a.priorities} />
        ) : at < phaseIndex('PRIORITISING') ? (
          <Paragraph>{t('notYet')}</Paragraph>
        ) : a.priorities.length === 0 ? (
          <Paragraph>{t('noPriorities')}</Paragraph>
        ) : (
          <Table zebra className="w-full max-w-3xl">
            <caption className="text-left">{t('prioritiesCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('number')}</TableHeaderCell>
                <TableHeaderCell>{t('priorityTitle')}</TableHeaderCell>
                <TableHeaderCell>{t('theme')}</TableHeaderCell>
                <TableHeaderCell>{t('goal')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {a.priorities.map((p) => (
                <TableRow key={p.position}>
                  <TableCell>{p.position}</TableCell>
                  <TableCell>{p.title}</TableCell>
                  <TableCell>{dev(`themes.${p.theme}`)}</TableCell>
                  <TableCell>{p.goal}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ),
      )}

      {a.canEdit && (
        <section aria-labelledby="sharing" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="sharing">
            {t('sharingHeading')}
          </Heading>
          <Paragraph>
            {a.sharedAt ? t('sharedText', { owner: a.ownerName, date: format.dateTime(a.sharedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO }) }) : t('notSharedText', { owner: a.ownerName })}
          </Paragraph>
          <ShareForm assessmentId={a.id} shared={a.sharedAt !== null} />
        </section>
      )}
    </div>
  )
}
