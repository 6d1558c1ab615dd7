import { getTranslations } from 'next-intl/server'
import { LogVisitForm } from '@/features/measures/components/forms'
import { VisitsTable } from '@/features/measures/components/visits-table'
import { getVisits } from '@/features/measures/get-visits'
import { Disclosure } from '@/components/ui/disclosure'
import { osloDay } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Measures', 'visitsTitle')

// Note: checked here and again in getVisits (visitReadScope) and in logVisit (unitServeScope).
export default definePage({ route: '/besok', permission: 'read:visits', noAccess: { namespace: 'Measures', text: 'noVisitsAccess' }, messages: clientMessages('Development', 'Measures') }, async ({ actor, db }) => {
  const t = await getTranslations('Measures')
  const { visits, form } = await getVisits(db, actor)
  const today = osloDay(new Date()).toISOString().slice(0, 10)

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('visitsTitle')} lead={form ? t('visitsLeadUh') : t('visitsLead')} />
      {form && (
        <Disclosure summary={t('newVisit')} initiallyOpen={visits.length === 0}>
          <LogVisitForm options={form} today={today} />
        </Disclosure>
      )}
      <VisitsTable visits={visits} caption={t('visitsCaption')} empty={t('noVisits')} />
    </div>
  )
})
