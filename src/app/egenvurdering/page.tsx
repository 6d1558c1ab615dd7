import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { StartAssessmentForm } from '@/features/assessment/components/forms'
import { getAssessmentOverview } from '@/features/assessment/queries'
import { NoAccess } from '@/components/ui/no-access'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { OSLO } from '@/lib/oslo-time'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'
import { schoolYearEnd, schoolYearOf } from '@/lib/school-year'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Assessment')
  return { title: t('title') }
}

export default async function AssessmentsPage() {
  // Note: checked here and again in getAssessmentOverview (permission and scope).
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  const t = await getTranslations('Assessment')
  if (!can(actor, 'read:assessment')) return <NoAccess title={t('noAccessTitle')} text={t('noAccessText')} />
  const format = await getFormatter()
  const { assessments, startUnits } = await getAssessmentOverview(await getDb(), actor)
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
        {assessments.length === 0 ? (
          <Paragraph>{t('noAssessments')}</Paragraph>
        ) : (
          <ScrollRegion label={t('listCaption')}>
            <Table zebra className="w-full">
              <caption className="text-left">{t('listCaption')}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('unit')}</TableHeaderCell>
                  <TableHeaderCell>{t('year')}</TableHeaderCell>
                  <TableHeaderCell>{t('phase')}</TableHeaderCell>
                  <TableHeaderCell>{t('sharing')}</TableHeaderCell>
                  <TableHeaderCell>{t('owner')}</TableHeaderCell>
                  <TableHeaderCell>{t('updated')}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {assessments.map((a) => (
                  <TableRow key={a.id}>
                    <TableCell>{a.unitName}</TableCell>
                    <TableCell>
                      <Link href={`/egenvurdering/${a.id}`} className="ds-link" aria-label={t('heading', { unit: a.unitName, year: a.year, next: schoolYearEnd(a.year) })}>
                        {t('schoolYear', { year: a.year, next: schoolYearEnd(a.year) })}
                      </Link>
                    </TableCell>
                    <TableCell>{t(`phases.${a.phase}`)}</TableCell>
                    <TableCell>{a.sharedAt ? t('sharedOn', { date: format.dateTime(a.sharedAt, { dateStyle: 'medium', timeZone: OSLO }) }) : t('notShared')}</TableCell>
                    <TableCell>{a.ownerName}</TableCell>
                    <TableCell className="whitespace-nowrap">{format.dateTime(a.updatedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        )}
      </section>
    </div>
  )
}
