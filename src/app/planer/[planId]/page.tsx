import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { PlanLevelForm, PlanReviewForm } from '@/features/measures/components/forms'
import { getPlan } from '@/features/measures/queries'
import { Disclosure } from '@/components/ui/disclosure'
import { osloDay } from '@/lib/oslo-time'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Measures')
  return { title: t('plansTitle') }
}

export default async function PlanPage({ params }: { params: Promise<{ planId: string }> }) {
  // Note: checked here and again in getPlan (planReadScope) and in each action (planWriteScope).
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  if (!can(actor, 'read:partnership')) redirect('/planer')
  const plan = await getPlan(await getDb(), actor, (await params).planId)
  // Another unit's or tenant's plan looks exactly like one that does not exist.
  if (!plan) notFound()
  const t = await getTranslations('Measures')
  const dev = await getTranslations('Development')
  const format = await getFormatter()
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const today = osloDay(new Date()).toISOString().slice(0, 10)

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Paragraph data-size="sm">
          <Link href="/planer" className="ds-link">
            {t('backToPlans')}
          </Link>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {plan.title}
        </Heading>
        <Paragraph>
          {plan.unitName ? t('unitPlanOf', { unit: plan.unitName, partnership: plan.partnershipName }) : t('partnershipPlanFor', { name: plan.partnershipName })}
          {' · '}
          {`${date(plan.startsOn)} – ${plan.endsOn ? date(plan.endsOn) : '…'}`}
        </Paragraph>
      </div>

      {plan.levels.map((l) => {
        const name = dev(`levels.${l.level}`)
        const id = `level-${l.level.toLowerCase()}`
        return (
          <section key={l.level} aria-labelledby={id} className="flex flex-col gap-3 border-t border-gray-200 pt-4">
            <Heading level={2} data-size="md" id={id}>
              {name}
            </Heading>
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
            {l.reviews.length === 0 ? (
              <Paragraph>{t('noReviews')}</Paragraph>
            ) : (
              <Table zebra className="w-full max-w-3xl">
                <caption className="text-left">{t('trackCaption', { level: name })}</caption>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>{t('reviewedOn')}</TableHeaderCell>
                    <TableHeaderCell>{t('stage')}</TableHeaderCell>
                    <TableHeaderCell>{t('reviewNote')}</TableHeaderCell>
                    <TableHeaderCell>{t('reviewedBy')}</TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {l.reviews.map((r) => (
                    <TableRow key={r.id}>
                      <TableCell>{date(r.reviewedOn)}</TableCell>
                      <TableCell>{t(`stageLabels.${r.stage}`)}</TableCell>
                      <TableCell className="whitespace-pre-line">{r.note}</TableCell>
                      <TableCell>{r.authorName ?? '–'}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            {plan.canWrite && (
              <div className="flex flex-col gap-2">
                <Disclosure summary={t('writeLevel', { level: name })} initiallyOpen={false}>
                  <PlanLevelForm planId={plan.id} level={l.level} texts={l.texts} />
                </Disclosure>
                <Disclosure summary={t('reviewLevel', { level: name })}>
                  <PlanReviewForm planId={plan.id} level={l.level} today={today} />
                </Disclosure>
              </div>
            )}
          </section>
        )
      })}
    </div>
  )
}
