import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { PlanLevelSection, PlanOwnerLine } from '@/features/measures/components/plans'
import { getPlan } from '@/features/measures/get-plan'
import { osloDay } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { clientMessages } from '@/i18n/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Measures')
  return { title: t('plansTitle') }
}

// Note: checked here and again in getPlan (planReadScope) and in each action (planWriteScope).
export default definePage<{ planId: string }>({ route: '/planer/[planId]', permission: 'read:partnership', noAccess: { redirectTo: '/planer' }, messages: clientMessages('Development', 'Measures') }, async ({ actor, db, params }) => {
  const plan = await getPlan(db, actor, params.planId)
  // Another unit's or tenant's plan looks exactly like one that does not exist.
  if (!plan) notFound()
  const t = await getTranslations('Measures')
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
        <PlanOwnerLine plan={plan} />
      </div>
      {plan.levels.map((l) => (
        <PlanLevelSection key={l.level} planId={plan.id} level={l} canWrite={plan.canWrite} today={today} />
      ))}
    </div>
  )
})
