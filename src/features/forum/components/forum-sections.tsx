import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { DataTable, type TColumn } from '@/components/ui/data-table'
import { Disclosure } from '@/components/ui/disclosure'
import { OSLO } from '@/lib/oslo-time'
import { MEETINGS_PER_PAGE, type TForumDetail } from '../get-forum'
import { Pagination } from '@/components/ui/pagination'
import { Section } from '@/components/ui/section'
import { AddMemberForm, EndMemberForm, PlanMeetingForm } from './forms'

/** The forum's meetings, newest first a page at a time, and for the secretariat the form to plan one. */
export async function MeetingsSection({ forum, page }: { forum: TForumDetail; page: number }) {
  const t = await getTranslations('Forum')
  const format = await getFormatter()
  const columns: TColumn<TForumDetail['meetings'][number]>[] = [
    {
      header: t('meeting'),
      cell: (m) => (
        <>
          <Link href={`/forum/${forum.id}/moter/${m.id}`} className="ds-link">
            {m.title}
          </Link>{' '}
          ({t(`meetingStatuses.${m.status}`)})
        </>
      ),
    },
    { header: t('when'), nowrap: true, cell: (m) => format.dateTime(m.startsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO }) },
    { header: t('place'), cell: (m) => m.place ?? '–' },
    { header: t('items'), numeric: true, cell: (m) => format.number(m.items) },
    { header: t('decisions'), numeric: true, cell: (m) => format.number(m.decisions) },
  ]
  return (
    <Section id="meetings" heading={t('meetingsHeading')}>
      <DataTable caption={t('meetingsCaption')} rows={forum.meetings} columns={columns} empty={t('noMeetings')} />
      <Pagination page={page} pageSize={MEETINGS_PER_PAGE} total={forum.meetingCount} href={(n) => `/forum/${forum.id}?side=${n}#meetings`} label={t('meetingsPages')} />
      {forum.canManage && (
        <Disclosure summary={t('planHeading')} initiallyOpen={forum.meetingCount === 0}>
          <PlanMeetingForm forumId={forum.id} />
        </Disclosure>
      )}
    </Section>
  )
}

/** The member list with representation, voting right and period; the secretariat ends periods and adds members. */
export async function MembersSection({ forum, today }: { forum: TForumDetail; today: string }) {
  const t = await getTranslations('Forum')
  const format = await getFormatter()
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const columns: TColumn<TForumDetail['members'][number]>[] = [
    { header: t('person'), cell: (m) => `${m.personName}${m.isDeputy ? ` (${t('deputy')})` : ''}${m.isChair ? ` (${t('chair')})` : ''}` },
    { header: t('organisation'), cell: (m) => m.organisationName },
    { header: t('representation'), cell: (m) => t(`representations.${m.representation}`) },
    { header: t('votingRight'), cell: (m) => (m.votingRight ? t('yes') : t('no')) },
    { header: t('period'), nowrap: true, cell: (m) => `${date(m.periodStart)} – ${m.periodEnd ? date(m.periodEnd) : ''}` },
    ...(forum.canManage
      ? [{ header: <span className="sr-only">{t('endMember')}</span>, cell: (m: TForumDetail['members'][number]) => !m.periodEnd && <EndMemberForm memberId={m.id} personName={m.personName} today={today} /> }]
      : []),
  ]
  return (
    <Section id="members" heading={t('membersHeading')}>
      <DataTable caption={t('membersCaption')} rows={forum.members} columns={columns} empty={t('noMembers')} />
      {forum.canManage && (
        <Disclosure summary={t('addMemberHeading')}>
          <AddMemberForm forumId={forum.id} organisations={forum.organisations} today={today} />
        </Disclosure>
      )}
    </Section>
  )
}
