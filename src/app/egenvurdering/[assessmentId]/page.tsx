import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { AssessmentHeader, PhaseMoves } from '@/features/assessment/components/assessment-header'
import { AssessmentPhases } from '@/features/assessment/components/assessment-phases'
import { ShareForm } from '@/features/assessment/components/forms'
import { getAssessment } from '@/features/assessment/queries'
import { OSLO } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'
import { pageTitle } from '@/i18n/page-title'
import { Section } from '@/components/ui/section'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Assessment', 'title')

// Note: checked here and again in getAssessment (scope) and in every action's use case.
export default definePage<{ assessmentId: string }>({ route: '/egenvurdering/[assessmentId]', permission: 'read:assessment', noAccess: { redirectTo: '/egenvurdering' }, messages: clientMessages('Assessment', 'Development') }, async ({ actor, db, params }) => {
  // Another unit's analysis, or one no longer shared, looks exactly like one that does not exist.
  const a = foundOr404(await getAssessment(db, actor, params.assessmentId))
  const t = await getTranslations('Assessment')
  const format = await getFormatter()

  return (
    <div className="flex flex-col gap-8">
      <AssessmentHeader a={a} />
      {a.canEdit && <PhaseMoves a={a} />}
      <AssessmentPhases a={a} />
      {a.canEdit && (
        <Section id="sharing" heading={t('sharingHeading')}>
          <Paragraph>
            {a.sharedAt ? t('sharedText', { owner: a.ownerName, date: format.dateTime(a.sharedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO }) }) : t('notSharedText', { owner: a.ownerName })}
          </Paragraph>
          <ShareForm assessmentId={a.id} shared={a.sharedAt !== null} />
        </Section>
      )}
    </div>
  )
})
