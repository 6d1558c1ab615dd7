import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { AddMemberForm, EndMemberForm, PlanMeetingForm } from '@/features/forum/components/forms'
import { getForum } from '@/features/forum/queries'
import { RecommendationSection } from '@/features/forum/components/recommendation-section'
import { getRecommendation, recommendationYear } from '@/features/forum/recommendation'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { OSLO, osloDay } from '@/lib/oslo-time'
import { Disclosure } from '@/components/ui/disclosure'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Forum')
  return { title: t('title') }
}

export default async function ForumPage({ params, searchParams }: { params: Promise<{ forumId: string }>; searchParams: Promise<{ ar?: string | string[] }> }) {
  // Note: checked here and again in getForum (scope) and in every action's use case.
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  if (!can(actor, 'read:forum')) redirect('/forum')
  const forum = await getForum(await getDb(), actor, (await params).forumId)
  // Another tenant's forum looks exactly like one that does not exist.
  if (!forum) notFound()
  const asked = (await searchParams).ar
  const recommendation = await getRecommendation(await getDb(), actor, forum.id, recommendationYear(typeof asked === 'string' ? asked : null))
  const t = await getTranslations('Forum')
  const format = await getFormatter()
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const today = osloDay(new Date()).toISOString().slice(0, 10)

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Paragraph data-size="sm">
          <Link href="/forum" className="ds-link">
            {t('back')}
          </Link>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {forum.name}
        </Heading>
        {forum.mandate && <Paragraph>{forum.mandate}</Paragraph>}
        <Paragraph>
          <Link href={`/vedtak/${forum.partnershipSlug}`} className="ds-link">
            {t('journalLink')}
          </Link>
        </Paragraph>
      </div>

      <section aria-labelledby="meetings" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="meetings">
          {t('meetingsHeading')}
        </Heading>
        {forum.meetings.length === 0 ? (
          <Paragraph>{t('noMeetings')}</Paragraph>
        ) : (
          <ScrollRegion label={t('meetingsCaption')}>
            <Table zebra className="w-full">
              <caption className="text-left">{t('meetingsCaption')}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('meeting')}</TableHeaderCell>
                  <TableHeaderCell>{t('when')}</TableHeaderCell>
                  <TableHeaderCell>{t('place')}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t('items')}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t('decisions')}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {forum.meetings.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell>
                      <Link href={`/forum/${forum.id}/moter/${m.id}`} className="ds-link">
                        {m.title}
                      </Link>{' '}
                      ({t(`meetingStatuses.${m.status}`)})
                    </TableCell>
                    <TableCell className="whitespace-nowrap">{format.dateTime(m.startsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })}</TableCell>
                    <TableCell>{m.place ?? '–'}</TableCell>
                    <TableCell className="text-right">{format.number(m.items)}</TableCell>
                    <TableCell className="text-right">{format.number(m.decisions)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        )}
        {forum.canManage && (
          <Disclosure summary={t('planHeading')} initiallyOpen={forum.meetings.length === 0}>
            <PlanMeetingForm forumId={forum.id} />
          </Disclosure>
        )}
      </section>

      {recommendation && <RecommendationSection recommendation={recommendation} />}

      <section aria-labelledby="members" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="members">
          {t('membersHeading')}
        </Heading>
        <ScrollRegion label={t('membersCaption')}>
          <Table zebra className="w-full">
            <caption className="text-left">{t('membersCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('person')}</TableHeaderCell>
                <TableHeaderCell>{t('organisation')}</TableHeaderCell>
                <TableHeaderCell>{t('representation')}</TableHeaderCell>
                <TableHeaderCell>{t('votingRight')}</TableHeaderCell>
                <TableHeaderCell>{t('period')}</TableHeaderCell>
                {forum.canManage && (
                  <TableHeaderCell>
                    <span className="sr-only">{t('endMember')}</span>
                  </TableHeaderCell>
                )}
              </TableRow>
            </TableHead>
            <TableBody>
              {forum.members.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>
                    {m.personName}
                    {m.isDeputy && ` (${t('deputy')})`}
                  </TableCell>
                  <TableCell>{m.organisationName}</TableCell>
                  <TableCell>{t(`representations.${m.representation}`)}</TableCell>
                  <TableCell>{m.votingRight ? t('yes') : t('no')}</TableCell>
                  <TableCell className="whitespace-nowrap">
                    {date(m.periodStart)} – {m.periodEnd ? date(m.periodEnd) : ''}
                  </TableCell>
                  {forum.canManage && <TableCell>{!m.periodEnd && <EndMemberForm memberId={m.id} personName={m.personName} today={today} />}</TableCell>}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
        {forum.canManage && (
          <Disclosure summary={t('addMemberHeading')}>
            <AddMemberForm forumId={forum.id} organisations={forum.organisations} today={today} />
          </Disclosure>
        )}
      </section>
    </div>
  )
}
