import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { PlanLevelSection, PlanOwnerLine } from '@/features/measures/components/plans'
import { getPlan } from '@/features/measures/get-plan'
import { TrackPanel } from '@/features/tracks/components/track-panel'
import { getUnitTrack } from '@/features/tracks/queries'
import { osloDay } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Measures', 'plansTitle')

// Note: checked here and again in getPlan (planReadScope) and in each action (planWriteScope).
export default definePage<{ planId: string }>({ route: '/planer/[planId]', permission: 'read:partnership', noAccess: { redirectTo: '/planer' }, messages: clientMessages('Development', 'Measures', 'Tracks') }, async ({ actor, db, params }) => {
  const plan = await getPlan(db, actor, params.planId)
  // Another unit's or tenant's plan looks exactly like one that does not exist.
  if (!plan) notFound()
  const [t, track] = await Promise.all([getTranslations('Measures'), plan.unitId && plan.unitName ? getUnitTrack(db, actor, { id: plan.unitId, name: plan.unitName }) : null])
  const today = osloDay(new Date()).toISOString().slice(0, 10)

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={plan.title} back={{ href: '/planer', label: t('backToPlans') }}>
        <PlanOwnerLine plan={plan} />
      </PageHeader>
      {track && <TrackPanel panel={track} />}
      {plan.levels.map((l) => (
        <PlanLevelSection key={l.level} planId={plan.id} level={l} canWrite={plan.canWrite} today={today} />
      ))}
    </div>
  )
})
