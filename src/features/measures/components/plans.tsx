import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { Disclosure } from '@/components/ui/disclosure'
import type { TPlanDetail } from '../get-plan'
import type { TPlanRow } from '../get-plans'
import { PlanLevelForm, PlanReviewForm } from './forms'
import { Section } from '@/components/ui/section'

/** A plan's period as the pages show it: «1. aug. 2026 – …» while it has no end. */
async function periodFormat() {
  const format = await getFormatter()
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  return { date, period: (startsOn: Date, endsOn: Date | null) => `${date(startsOn)} – ${endsOn ? date(endsOn) : '…'}` }
}

/** The plans the actor reads, each linked to its page. */
export async function PlansTable({ plans }: { plans: TPlanRow[] }) {
  const [t, tracks] = await Promise.all([getTranslations('Measures'), getTranslations('Tracks')])
  const { date, period } = await periodFormat()
  return (
    <DataTable
      caption={t('plansCaption')}
      rows={plans}
      empty={t('noPlans')}
      columns={[
        { header: t('planTitle'), href: (p) => `/planer/${p.id}`, cell: (p) => p.title },
        { header: t('planFor'), cell: (p) => p.unitName ?? t('partnershipPlanFor', { name: p.partnershipName }) },
        { header: tracks('track'), cell: (p) => (p.track ? tracks(`labels.${p.track}`) : p.unitName ? tracks('none') : '–') },
        { header: t('period'), cell: (p) => period(p.startsOn, p.endsOn) },
        { header: t('levelsWritten'), cell: (p) => t('levelsOf', { count: p.levelsWritten }), numeric: true },
        { header: t('lastReview'), cell: (p) => (p.lastReviewedOn ? date(p.lastReviewedOn) : t('none')) },
      ]}
    />
  )
}

/** Whose plan it is and its period, under the plan's heading. */
export async function PlanOwnerLine({ plan }: { plan: TPlanDetail }) {
  const t = await getTranslations('Measures')
  const { period } = await periodFormat()
  return (
    <Paragraph>
      {plan.unitName ? t('unitPlanOf', { unit: plan.unitName, partnership: plan.partnershipName }) : t('partnershipPlanFor', { name: plan.partnershipName })}
      {' · '}
      {period(plan.startsOn, plan.endsOn)}
    </Paragraph>
  )
}

type TLevel = TPlanDetail['levels'][number]

/** The track of one level: its reviews, oldest first. */
async function ReviewTrack({ name, reviews }: { name: string; reviews: TLevel['reviews'] }) {
  const t = await getTranslations('Measures')
  const { date } = await periodFormat()
  return (
    <DataTable
      caption={t('trackCaption', { level: name })}
      className="w-full max-w-3xl"
      rows={reviews}
      empty={t('noReviews')}
      columns={[
        { header: t('reviewedOn'), cell: (r) => date(r.reviewedOn) },
        { header: t('stage'), cell: (r) => t(`stageLabels.${r.stage}`) },
        { header: t('reviewNote'), className: 'whitespace-pre-line', cell: (r) => r.note },
        { header: t('reviewedBy'), cell: (r) => r.authorName ?? '–' },
      ]}
    />
  )
}

/** One level of a plan: its texts, its track, and (for who may write the plan) the forms to write and review it. */
export async function PlanLevelSection({ planId, level: l, canWrite, today }: { planId: string; level: TLevel; canWrite: boolean; today: string }) {
  const t = await getTranslations('Measures')
  const dev = await getTranslations('Development')
  const name = dev(`levels.${l.level}`)
  const id = `level-${l.level.toLowerCase()}`
  return (
    <Section id={id} heading={name} size="md" className="flex flex-col gap-3 border-t border-gray-200 pt-4">
      {l.texts ? (
        <dl className="flex max-w-3xl flex-col gap-2">
          <dt className="font-semibold">{t('signsOfPractice')}</dt>
          <dd className="whitespace-pre-line">{l.texts.signsOfPractice}</dd>
          <dt className="font-semibold">{t('pictureOfFuture')}</dt>
          <dd className="whitespace-pre-line">{l.texts.pictureOfFuture}</dd>
          <dt className="font-semibold">{t('methods')}</dt>
          <dd className="whitespace-pre-line">{l.texts.methods}</dd>
        </dl>
      ) : (
        <Paragraph>{t('levelNotWritten')}</Paragraph>
      )}
      <Heading level={3} data-size="sm">
        {t('trackHeading', { level: name })}
      </Heading>
      <ReviewTrack name={name} reviews={l.reviews} />
      {canWrite && (
        <div className="flex flex-col gap-2">
          <Disclosure summary={t('writeLevel', { level: name })} initiallyOpen={false}>
            <PlanLevelForm planId={planId} level={l.level} texts={l.texts} />
          </Disclosure>
          <Disclosure summary={t('reviewLevel', { level: name })}>
            <PlanReviewForm planId={planId} level={l.level} today={today} />
          </Disclosure>
        </div>
      )}
    </Section>
  )
}
