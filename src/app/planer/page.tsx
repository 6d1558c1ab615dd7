import { getTranslations } from 'next-intl/server'
import { CreatePlanForm } from '@/features/measures/components/forms'
import { PlansTable } from '@/features/measures/components/plans'
import { getPlans } from '@/features/measures/get-plans'
import { Disclosure } from '@/components/ui/disclosure'
import { osloDay } from '@/lib/oslo-time'
import { can } from '@/server/authz/actor'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Measures', 'plansTitle')

// Note: checked here and again in getPlans (permission and planReadScope).
export default definePage({ route: '/planer', permission: 'read:partnership', noAccess: { namespace: 'Measures' }, messages: clientMessages('Development', 'Measures') }, async ({ actor, db }) => {
  const [t, tracks] = await Promise.all([getTranslations('Measures'), getTranslations('Tracks')])
  const { plans, targets } = await getPlans(db, actor)
  const today = osloDay(new Date()).toISOString().slice(0, 10)

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('plansTitle')} lead={t('plansLead')} related={can(actor, 'read:spread') && { href: '/planer/spredning', label: tracks('spreadLink') }} />
      {targets.length > 0 && (
        <Disclosure summary={t('newPlan')} initiallyOpen={plans.length === 0}>
          <CreatePlanForm targets={targets} today={today} />
        </Disclosure>
      )}
      <PlansTable plans={plans} />
    </div>
  )
})
