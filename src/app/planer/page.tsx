import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { CreatePlanForm } from '@/features/measures/components/forms'
import { getPlans } from '@/features/measures/queries'
import { Disclosure } from '@/components/ui/disclosure'
import { NoAccess } from '@/components/ui/no-access'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { osloDay } from '@/lib/oslo-time'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Measures')
  return { title: t('plansTitle') }
}

export default async function PlansPage() {
  // Note: checked here and again in getPlans (permission and planReadScope).
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  const t = await getTranslations('Measures')
  if (!can(actor, 'read:partnership')) return <NoAccess title={t('noAccessTitle')} text={t('noAccessText')} />
  const { plans, targets } = await getPlans(await getDb(), actor)
  const format = await getFormatter()
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const today = osloDay(new Date()).toISOString().slice(0, 10)

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('plansTitle')}
        </Heading>
        <Paragraph>{t('plansLead')}</Paragraph>
      </div>
      {targets.length > 0 && (
        <Disclosure summary={t('newPlan')} initiallyOpen={plans.length === 0}>
          <CreatePlanForm targets={targets} today={today} />
        </Disclosure>
      )}
      {plans.length === 0 ? (
        <Paragraph>{t('noPlans')}</Paragraph>
      ) : (
        <ScrollRegion label={t('plansCaption')}>
          <Table zebra className="w-full">
            <caption className="text-left">{t('plansCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('planTitle')}</TableHeaderCell>
                <TableHeaderCell>{t('planFor')}</TableHeaderCell>
                <TableHeaderCell>{t('period')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('levelsWritten')}</TableHeaderCell>
                <TableHeaderCell>{t('lastReview')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {plans.map((p) => (
                <TableRow key={p.id}>
                  <TableCell>
                    <Link href={`/planer/${p.id}`} className="ds-link">
                      {p.title}
                    </Link>
                  </TableCell>
                  <TableCell>{p.unitName ?? t('partnershipPlanFor', { name: p.partnershipName })}</TableCell>
                  <TableCell>{`${date(p.startsOn)} – ${p.endsOn ? date(p.endsOn) : '…'}`}</TableCell>
                  <TableCell className="text-right">{t('levelsOf', { count: p.levelsWritten })}</TableCell>
                  <TableCell>{p.lastReviewedOn ? date(p.lastReviewedOn) : t('none')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
    </div>
  )
}
