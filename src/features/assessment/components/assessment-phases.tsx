import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import type { AssessmentPhase } from '@/generated/prisma/enums'
import type { TAssessmentDetail } from '../queries'
import { phaseIndex, WRITABLE_FROM } from '../schemas'
import { PrioritiesForm, RatingsForm, TextForm } from './forms'
import { ResultsTables } from './results-table'
import { Section } from '@/components/ui/section'

async function PhaseSection({ phase, children }: { phase: Exclude<AssessmentPhase, 'COMPLETED'>; children: ReactNode }) {
  const t = await getTranslations('Assessment')
  return (
    <Section id={`phase-${phase}`} heading={t(`phaseHeadings.${phase}`)}>
      <Paragraph data-size="sm">{t(`phaseHelp.${phase}`)}</Paragraph>
      {children}
    </Section>
  )
}

async function PrioritiesTable({ priorities }: { priorities: TAssessmentDetail['priorities'] }) {
  const t = await getTranslations('Assessment')
  const dev = await getTranslations('Development')
  return (
    <DataTable
      caption={t('prioritiesCaption')}
      className="w-full max-w-3xl"
      rows={priorities}
      rowKey={(p) => String(p.position)}
      empty={null}
      columns={[
        { header: t('number'), cell: (p) => p.position },
        { header: t('priorityTitle'), cell: (p) => p.title },
        { header: t('theme'), cell: (p) => dev(`themes.${p.theme}`) },
        { header: t('goal'), cell: (p) => p.goal },
      ]}
    />
  )
}

/**
 * The four working phases, each with its form while the unit's own leader may write that part
 * (from its phase on, until the analysis is completed), else what was written, or "not yet".
 */
export async function AssessmentPhases({ a }: { a: TAssessmentDetail }) {
  const t = await getTranslations('Assessment')
  const at = phaseIndex(a.phase)
  const writable = (content: keyof typeof WRITABLE_FROM) => a.canEdit && a.phase !== 'COMPLETED' && at >= phaseIndex(WRITABLE_FROM[content])
  const notYet = (phase: AssessmentPhase) => at < phaseIndex(phase)
  const text = (value: string) => (value ? <Paragraph className="whitespace-pre-line">{value}</Paragraph> : <Paragraph>{t('notWritten')}</Paragraph>)
  return (
    <>
      <PhaseSection phase="PLANNING">{writable('processPlan') ? <TextForm assessmentId={a.id} field="processPlan" text={a.processPlan} label={t('processPlan')} /> : text(a.processPlan)}</PhaseSection>
      <PhaseSection phase="DATA">
        {writable('unitData') ? <TextForm assessmentId={a.id} field="unitData" text={a.unitData} label={t('unitData')} /> : notYet('DATA') ? <Paragraph>{t('notYet')}</Paragraph> : text(a.unitData)}
      </PhaseSection>
      <PhaseSection phase="RATING">
        {writable('ratings') && <RatingsForm assessmentId={a.id} statements={a.statements} />}
        {notYet('RATING') ? (
          <Paragraph>{t('notYet')}</Paragraph>
        ) : (
          <>
            <Heading level={3} data-size="xs">
              {t('resultsHeading')}
            </Heading>
            <ResultsTables statements={a.statements} areas={a.areas} />
          </>
        )}
      </PhaseSection>
      <PhaseSection phase="PRIORITISING">
        {writable('priorities') ? (
          <PrioritiesForm assessmentId={a.id} priorities={a.priorities} />
        ) : notYet('PRIORITISING') ? (
          <Paragraph>{t('notYet')}</Paragraph>
        ) : a.priorities.length === 0 ? (
          <Paragraph>{t('noPriorities')}</Paragraph>
        ) : (
          <PrioritiesTable priorities={a.priorities} />
        )}
      </PhaseSection>
    </>
  )
}
