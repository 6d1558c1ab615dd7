import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { LogVisitForm } from '@/features/measures/components/forms'
import { VisitsTable } from '@/features/measures/components/visits-table'
import { getVisits } from '@/features/measures/get-visits'
import { Disclosure } from '@/components/ui/disclosure'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { osloDay } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { clientMessages } from '@/i18n/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Measures')
  return { title: t('visitsTitle') }
}

// Note: checked here and again in getVisits (visitReadScope) and in logVisit (unitServeScope).
export default definePage({ route: '/besok', permission: 'read:visits', noAccess: { namespace: 'Measures', text: 'noVisitsAccess' }, messages: clientMessages('Development', 'Measures') }, async ({ actor, db }) => {
  const t = await getTranslations('Measures')
  const { visits, form } = await getVisits(db, actor)
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
})
