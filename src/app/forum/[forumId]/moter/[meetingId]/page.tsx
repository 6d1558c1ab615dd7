import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Alert, Card, Heading, Paragraph } from '@digdir/designsystemet-react'
import { AgendaItemForm, ApproveMinutesForm, AttendanceForm, DecisionForm, MinutesForm, PaperForm } from '@/features/forum/components/forms'
import { getMeeting } from '@/features/forum/queries'
import { OSLO, osloDay } from '@/lib/oslo-time'
import { Disclosure } from '@/components/ui/disclosure'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Forum')
  return { title: t('agendaHeading') }
}

export default async function MeetingPage({ params }: { params: Promise<{ forumId: string; meetingId: string }> }) {
  // Note: checked here and again in getMeeting (scope) and in every action's use case.
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  if (!can(actor, 'read:forum')) redirect('/forum')
  const { forumId, meetingId } = await params
  const meeting = await getMeeting(await getDb(), actor, meetingId)
  if (!meeting || meeting.forum.id !== forumId) notFound()
  const t = await getTranslations('Forum')
  const format = await getFormatter()
  const year = osloDay(meeting.startsAt).getUTCFullYear()
  const editable = meeting.canManage && !meeting.locked && meeting.status !== 'CANCELLED'

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Paragraph data-size="sm">
          <Link href={`/forum/${meeting.forum.id}`} className="ds-link">
            {meeting.forum.name}
          </Link>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {meeting.title}
        </Heading>
        <Paragraph>
          {format.dateTime(meeting.startsAt, { dateStyle: 'full', timeStyle: 'short', timeZone: OSLO })}
          {meeting.place && ` · ${meeting.place}`} · {t(`meetingStatuses.${meeting.status}`)}
        </Paragraph>
        {meeting.videoUrl && (
          <Paragraph>
            <a href={meeting.videoUrl} className="ds-link" rel="noopener noreferrer">
              {t('videoUrl')}
            </a>
          </Paragraph>
        )}
        {meeting.locked && <Alert data-color="info">{t('locked')}</Alert>}
      </div>

      <section aria-labelledby="agenda" className="flex flex-col gap-4">
        <Heading level={2} data-size="sm" id="agenda">
          {t('agendaHeading')}
        </Heading>
        {meeting.items.length === 0 && <Paragraph>{t('noItems')}</Paragraph>}
        <ol className="m-0 flex list-none flex-col gap-4 p-0">
          {meeting.items.map((item) => (
            <li key={item.id}>
              <Card>
                <Heading level={3} data-size="xs">
                  {t('itemNumber', { number: item.position })}: {item.title}
                </Heading>
                {item.description && <Paragraph>{item.description}</Paragraph>}
                {item.papers.length > 0 && (
                  <ul className="m-0 list-disc pl-6" aria-label={t('papersFor', { number: item.position })}>
                    {item.papers.map((p) => (
                      <li key={p.id}>
                        <a href={`/forum/${meeting.forum.id}/moter/${meeting.id}/papir/${p.id}`} className="ds-link" download>
                          {p.fileName}
                        </a>{' '}
                        ({format.number(p.sizeBytes / 1024, { maximumFractionDigits: 0 })} kB)
                      </li>
                    ))}
                  </ul>
                )}
                {editable && !item.closed && (
                  <Disclosure summary={t('addPaperFor', { number: item.position })}>
                    <PaperForm agendaItemId={item.id} />
                  </Disclosure>
                )}
                {item.conflicts.length > 0 && (
                  <Paragraph data-size="sm">
                    {t('conflictsHeading')}: {item.conflicts.map((c) => t('conflictLine', { name: c.personName, reason: c.reason })).join('; ')}
                  </Paragraph>
                )}
                {item.decision ? (
                  <div className="flex flex-col gap-1">
                    <Heading level={4} data-size="2xs">
                      {t('decisionHeading', { reference: item.decision.reference })} · {t(`outcomes.${item.decision.outcome}`)}
                      {item.decision.exemptFromPublic && ` · ${t('exemptShort')}`}
                    </Heading>
                    <Paragraph data-size="sm">
                      {t('proposal')}: {item.decision.proposal}
                    </Paragraph>
                    <Paragraph>{item.decision.text}</Paragraph>
                    {item.decision.outcome === 'VOTE' && (
                      <Paragraph data-size="sm">
                        {t('tally', {
                          for: item.decision.votes.filter((v) => v.choice === 'FOR').length,
                          against: item.decision.votes.filter((v) => v.choice === 'AGAINST').length,
                          abstain: item.decision.votes.filter((v) => v.choice === 'ABSTAIN').length,
                        })}
                        : {item.decision.votes.map((v) => `${v.personName} (${t(`votes.${v.choice}`)})`).join(', ')}
                      </Paragraph>
                    )}
                  </div>
                ) : (
                  meeting.canManage &&
                  !item.closed && (
                    <Disclosure summary={t('recordDecisionFor', { number: item.position })}>
                      <DecisionForm agendaItemId={item.id} members={meeting.members} suggestedReference={`${year}/`} />
                    </Disclosure>
                  )
                )}
              </Card>
            </li>
          ))}
        </ol>
        {editable && (
          <Disclosure summary={t('addItem')} initiallyOpen={meeting.items.length === 0}>
            <AgendaItemForm meetingId={meeting.id} />
          </Disclosure>
        )}
      </section>

      <section aria-labelledby="attendance" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="attendance">
          {t('attendanceHeading')}
        </Heading>
        <Paragraph>
          {meeting.members.some((m) => m.present !== null)
            ? t('presentList', { names: meeting.members.filter((m) => m.present).map((m) => m.personName).join(', ') || t('none') })
            : t('noAttendance')}
        </Paragraph>
        {editable && (
          <Disclosure summary={t('registerAttendance')}>
            <AttendanceForm meetingId={meeting.id} members={meeting.members} />
          </Disclosure>
        )}
      </section>

      <section aria-labelledby="minutes" className="flex flex-col gap-4">
        <Heading level={2} data-size="sm" id="minutes">
          {t('minutesHeading')}
        </Heading>
        {meeting.minutes.length === 0 && <Paragraph>{t('noMinutes')}</Paragraph>}
        {meeting.minutes.map((m) => (
          <Card key={m.id}>
            <Heading level={3} data-size="xs">
              {t('minutesVersion', { version: m.version })} –{' '}
              {m.status === 'APPROVED' && m.approvedAt ? t('statusApproved', { date: format.dateTime(m.approvedAt, { dateStyle: 'medium', timeZone: OSLO }) }) : t('statusDraft')}
            </Heading>
            <Paragraph className="whitespace-pre-line">{m.text}</Paragraph>
            {m.status === 'APPROVED' && (
              <Paragraph>
                <a href={`/forum/${meeting.forum.id}/moter/${meeting.id}/referat.pdf?versjon=${m.version}`} className="ds-link" download aria-label={t('minutesPdfLabel', { version: m.version })}>
                  {t('minutesPdf')}
                </a>
              </Paragraph>
            )}
            {m.status === 'DRAFT' && meeting.canManage && <ApproveMinutesForm minutesId={m.id} />}
          </Card>
        ))}
        {meeting.canManage && (
          <Disclosure summary={meeting.minutes[0]?.status === 'APPROVED' ? t('newVersion') : t('saveDraft')} initiallyOpen={meeting.minutes.length === 0}>
            {/* Note: keyed on the template until a draft exists, so decisions recorded meanwhile reach the first draft. */}
            <MinutesForm
              key={meeting.minutes.length ? 'minutes' : meeting.draftTemplate}
              meetingId={meeting.id}
              text={meeting.minutes[0]?.text ?? meeting.draftTemplate}
              submit={t('saveDraft')}
            />
          </Disclosure>
        )}
      </section>
    </div>
  )
}
