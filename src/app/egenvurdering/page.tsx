import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { AssessmentsTable } from '@/features/assessment/components/assessments-table'
import { StartAssessmentForm } from '@/features/assessment/components/forms'
import { getAssessmentOverview } from '@/features/assessment/queries'
import { schoolYearOf } from '@/lib/school-year'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Assessment', 'title')

// Note: checked here and again in getAssessmentOverview (permission and scope).
export default definePage({ route: '/egenvurdering', permission: 'read:assessment', noAccess: { namespace: 'Assessment' }, messages: clientMessages('Assessment', 'Development') }, async ({ actor, db }) => {
  const t = await getTranslations('Assessment')
  const { assessments, startUnits } = await getAssessmentOverview(db, actor)
  const isOwner = actor.memberships.some((m) => m.role === 'SCHOOL_OWNER')

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title')} lead={t('lead')}>
        {isOwner && <Paragraph>{t('ownerLead')}</Paragraph>}
      </PageHeader>

      {startUnits.length > 0 && (
        <Section id="start" heading={t('startHeading')}>
          <StartAssessmentForm units={startUnits} defaultYear={schoolYearOf()} />
        </Section>
      )}

      <Section id="list" heading={t('listHeading')}>
        <AssessmentsTable assessments={assessments} />
      </Section>
    </div>
  )
})
