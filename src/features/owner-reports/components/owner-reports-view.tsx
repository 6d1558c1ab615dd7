import { getFormatter, getTranslations } from 'next-intl/server'
import { Alert, Heading, Paragraph } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { NOK, oreToKroner } from '@/lib/money'
import type { TMyReport, TOwnerReportsPage, TOwnerStatus, TReportContent } from '../get-owner-reports'
import { SubmitReportForm } from './confirmed-submit'
import { OwnerReportForm } from './report-form'

type TT = Awaited<ReturnType<typeof getTranslations<'OwnerReports'>>>

async function tools() {
  const t = await getTranslations('OwnerReports')
  const dev = await getTranslations('Development')
  const measures = await getTranslations('Measures')
  const format = await getFormatter()
  return { t, dev, measures, format, nok: (ore: bigint) => format.number(oreToKroner(ore), NOK) }
}

/** A submitted report as text: per measure, participation, progress, the money as submitted. */
async function ReportText({ report, headingLevel }: { report: TReportContent; headingLevel: 3 | 4 }) {
  const { t, nok } = await tools()
  const block = (label: string, text: string) => (
    <div>
      <Heading level={headingLevel} data-size="2xs">
        {label}
      </Heading>
      <Paragraph className="whitespace-pre-line">{text || t('empty')}</Paragraph>
    </div>
  )
  return (
    <div className="flex flex-col gap-3">
      {report.measures.map((m) => <div key={m.id}>{block(t('doneIn', { measure: m.title }), m.done)}</div>)}
      {block(t('participation'), report.participation)}
      {block(t('progress'), report.progress)}
      {block(t('unusedComment'), report.unusedComment)}
      <Paragraph>{t('moneyAsSubmitted', { spent: nok(report.spentOre ?? 0n), coFinanced: nok(report.coFinancedOre ?? 0n), unused: nok(report.unusedOre ?? 0n) })}</Paragraph>
    </div>
  )
}

/** Who has reported and who has not, for county governor staff and the secretariat; then each submitted report. */
async function Overview({ page }: { page: TOwnerReportsPage }) {
  const { t, format } = await tools()
  const missing = page.owners.filter((o) => o.status !== 'SUBMITTED')
  const statusText = (o: TOwnerStatus) => (o.status === 'SUBMITTED' ? t('submittedOn', { when: format.dateTime(o.submittedAt!, { dateStyle: 'medium' }) }) : t(`statuses.${o.status}`))
  return (
    <Section id="overview" heading={t('overviewHeading')}>
      <Paragraph>{missing.length ? t('missing', { count: missing.length, names: missing.map((o) => o.ownerName).join(', ') }) : t('noneMissing')}</Paragraph>
      <DataTable caption={t('overviewCaption')} rows={page.owners} rowKey={(o) => o.ownerId} empty={<Paragraph>{t('noOwners')}</Paragraph>} columns={[{ header: t('owner'), cell: (o) => o.ownerName, rowHeader: true }, { header: t('status'), cell: statusText }]} />
      {page.owners
        .filter((o) => o.report)
        .map((o) => (
          <section key={o.ownerId} aria-label={t('reportOf', { owner: o.ownerName })} className="flex flex-col gap-2">
            <Heading level={3} data-size="xs">
              {t('reportOf', { owner: o.ownerName })}
            </Heading>
            <ReportText report={o.report!} headingLevel={4} />
          </section>
        ))}
    </Section>
  )
}

/** The signs of progress in the owner's units' plans, beside the form, for the owner to draw on. */
async function PlanSigns({ mine, t }: { mine: TMyReport; t: TT }) {
  const { dev, measures, format } = await tools()
  if (mine.plans.length === 0) return <Paragraph>{t('noPlans')}</Paragraph>
  return (
    <ul className="flex flex-col gap-2">
      {mine.plans.map((p, i) => (
        <li key={i}>
          <strong>{`${p.unitName}: ${p.title}`}</strong>
          <ul className="list-disc pl-6">
            {p.levels.map((l) => (
              <li key={l.level}>
                {`${dev(`levels.${l.level}`)}: ${l.signsOfPractice}`} –{' '}
                {l.stage ? t('lastReview', { stage: measures(`stageLabels.${l.stage}`), when: format.dateTime(l.reviewedOn!, { dateStyle: 'medium' }) }) : t('noReview')}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}

/** The owner's own report: the figures, the plans' signs, and the form (draft) or the text (submitted). */
async function MyReport({ page, mine }: { page: TOwnerReportsPage; mine: TMyReport }) {
  const { t, nok } = await tools()
  const f = mine.figures
  const open = page.status !== 'CLOSED' && mine.report.status === 'DRAFT'
  return (
    <Section id={`report-${mine.ownerId}`} heading={t('myHeading', { owner: mine.ownerName })}>
      {f ? (
        <Paragraph>{t('moneyNow', { awarded: nok(f.awardedOre), spent: nok(f.spentOre), unused: nok(f.remainingOre), coFinanced: nok(f.coFinancedOre), required: nok(f.requiredCoFinancingOre) })}</Paragraph>
      ) : (
        <Paragraph>{t('noAward')}</Paragraph>
      )}
      <Heading level={3} data-size="2xs">
        {t('signsHeading')}
      </Heading>
      <PlanSigns mine={mine} t={t} />
      {mine.report.status === 'SUBMITTED' ? (
        <>
          <Alert data-color="success">{t('submittedAlert')}</Alert>
          <ReportText report={mine.report} headingLevel={3} />
        </>
      ) : open ? (
        <>
          <OwnerReportForm grantYearId={page.grantYearId} ownerId={mine.ownerId} measures={mine.report.measures} texts={mine.report} />
          <Paragraph>{t('submitLead')}</Paragraph>
          <SubmitReportForm grantYearId={page.grantYearId} ownerId={mine.ownerId} ownerName={mine.ownerName} />
        </>
      ) : (
        <Paragraph>{t('closedYear')}</Paragraph>
      )}
    </Section>
  )
}

/** The owners' reports page of a grant year. */
export async function OwnerReportsView({ page }: { page: TOwnerReportsPage }) {
  const { t } = await tools()
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title', { year: page.year })} back={{ href: `/okonomi/${page.grantYearId}`, label: t('back', { partnership: page.partnershipName, year: page.year }) }} lead={t('lead')} />
      {page.mine.map((m) => (
        <MyReport key={m.ownerId} page={page} mine={m} />
      ))}
      {page.oversees && <Overview page={page} />}
      {!page.oversees && page.mine.length === 0 && <Paragraph>{t('nothingForYou')}</Paragraph>}
    </div>
  )
}
