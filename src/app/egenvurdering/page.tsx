import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { AssessmentsTable } from '@/features/assessment/components/assessments-table'
import { StartAssessmentForm } from '@/features/assessment/components/forms'
import { getAssessmentOverview } from '@/features/assessment/queries'
import { schoolYearOf } from '@/lib/school-year'
import { definePage } from '@/server/usecase/define-page'
import { clientMessages } from '@/i18n/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Assessment')
  return { title: t('title') }
}

// Note: checked here and again in getAssessmentOverview (permission and scope).
export default definePage({ route: '/egenvurdering', permission: 'read:assessment', noAccess: { namespace: 'Assessment' }, messages: clientMessages('Assessment', 'Development') }, async ({ actor, db }) => {
  const t = await getTranslations('Assessment')
  const { assessments, startUnits } = await getAssessmentOverview(db, actor)
  const isOwner = actor.memberships.some((m) => m.role === 'SCHOOL_OWNER')

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('lead')}</Paragraph>
        {isOwner && <Paragraph>{t('ownerLead')}</Paragraph>}
      </div>

      {startUnits.length > 0 && (
        <section aria-labelledby="start" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="start">
            {t('startHeading')}
          </Heading>
          <StartAssessmentForm units={startUnits} defaultYear={schoolYearOf()} />
        </section>
      )}

      <section aria-labelledby="list" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="list">
          {t('listHeading')}
        </Heading>
        <AssessmentsTable assessments={assessments} />
      </section>
    </div>
  )
})
