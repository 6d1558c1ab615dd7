import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { LogVisitForm } from '@/features/measures/components/forms'
import { VisitsTable } from '@/features/measures/components/visits-table'
import { getVisits } from '@/features/measures/queries'
import { Disclosure } from '@/components/ui/disclosure'
import { NoAccess } from '@/components/ui/no-access'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { osloDay } from '@/lib/oslo-time'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Measures')
  return { title: t('visitsTitle') }
}

export default async function VisitsPage() {
  // Note: checked here and again in getVisits (visitReadScope) and in logVisit (unitServeScope).
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  const t = await getTranslations('Measures')
  if (!can(actor, 'read:visits')) return <NoAccess title={t('noAccessTitle')} text={t('noVisitsAccess')} />
  const { visits, form } = await getVisits(await getDb(), actor)
  const today = osloDay(new Date()).toISOString().slice(0, 10)

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('visitsTitle')}
        </Heading>
        <Paragraph>{form ? t('visitsLeadUh') : t('visitsLead')}</Paragraph>
      </div>
      {form && (
        <Disclosure summary={t('newVisit')} initiallyOpen={visits.length === 0}>
          <LogVisitForm options={form} today={today} />
        </Disclosure>
      )}
      {visits.length === 0 ? (
        <Paragraph>{t('noVisits')}</Paragraph>
      ) : (
        <ScrollRegion label={t('visitsCaption')}>
          <VisitsTable visits={visits} caption={t('visitsCaption')} />
        </ScrollRegion>
      )}
    </div>
  )
}
