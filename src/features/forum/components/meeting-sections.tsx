import { getFormatter, getTranslations } from 'next-intl/server'
import { Card, Heading, Paragraph } from '@/components/ui/ds-static'
import { Disclosure } from '@/components/ui/disclosure'
import { OSLO, osloDay } from '@/lib/oslo-time'
import type { TMeetingDetail } from '../get-meeting'
import { Section } from '@/components/ui/section'
import { AgendaItemForm, AttendanceForm, DecisionForm, MinutesForm, PaperForm } from './forms'
import { ApproveMinutesForm } from './body-forms'
import { DecisionVersions } from './body-sections'

type TItem = TMeetingDetail['items'][number]

/** Whether the secretariat may still change the agenda, papers and attendance: not once the minutes are approved or the meeting is cancelled. */
export function isEditable(meeting: TMeetingDetail): boolean {
  return meeting.canManage && !meeting.locked && meeting.status !== 'CANCELLED'
}

/** The agenda: each item with its papers, conflicts and decision (or the forms to add them). */
export async function AgendaSection({ meeting }: { meeting: TMeetingDetail }) {
  const t = await getTranslations('Forum')
  return (
    <Section id="agenda" heading={t('agendaHeading')} className="flex flex-col gap-4" form={isEditable(meeting) && { summary: t('addItem'), initiallyOpen: meeting.items.length === 0, node: <AgendaItemForm meetingId={meeting.id} /> }}>
      {meeting.items.length === 0 && <Paragraph>{t('noItems')}</Paragraph>}
      <ol className="m-0 flex list-none flex-col gap-4 p-0">
        {meeting.items.map((item) => (
          <li key={item.id}>
            <AgendaItemCard meeting={meeting} item={item} />
          </li>
        ))}
      </ol>
    </Section>
  )
}

async function AgendaItemCard({ meeting, item }: { meeting: TMeetingDetail; item: TItem }) {
  const t = await getTranslations('Forum')
  const format = await getFormatter()
  const year = osloDay(meeting.startsAt).getUTCFullYear()
  return (
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
      {isEditable(meeting) && !item.closed && (
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
        <DecisionBlock decision={item.decision} canManage={meeting.canManage} />
      ) : (
        meeting.canManage &&
        !item.closed &&
        // Only a held meeting decides (issue 19): until then the page says how to get there.
        (meeting.held ? (
          <Disclosure summary={t('recordDecisionFor', { number: item.position })}>
            <DecisionForm agendaItemId={item.id} members={meeting.members} suggestedReference={`${year}/`} />
          </Disclosure>
        ) : (
          <Paragraph data-size="sm">{t('decideWhenHeld')}</Paragraph>
        ))
      )}
    </Card>
  )
}

async function DecisionBlock({ decision, canManage }: { decision: NonNullable<TItem['decision']>; canManage: boolean }) {
  const t = await getTranslations('Forum')
  const count = (choice: string) => decision.votes.filter((v) => v.choice === choice).length
  return (
    <div className="flex flex-col gap-1">
      <Heading level={4} data-size="2xs">
        {t('decisionHeading', { reference: decision.reference })} · {t(`outcomes.${decision.outcome}`)}
        {decision.exemptFromPublic && ` · ${t('exemptShort')}`}
      </Heading>
      <Paragraph data-size="sm">
        {t('proposal')}: {decision.proposal}
      </Paragraph>
      <DecisionVersions decision={decision} canManage={canManage} />
      {decision.outcome === 'VOTE' && (
        <Paragraph data-size="sm">
          {t('tally', { for: count('FOR'), against: count('AGAINST'), abstain: count('ABSTAIN') })}: {decision.votes.map((v) => `${v.personName} (${t(`votes.${v.choice}`)})`).join(', ')}
        </Paragraph>
      )}
    </div>
  )
}

/** Who was present, and for the secretariat the form to register it. */
export async function AttendanceSection({ meeting }: { meeting: TMeetingDetail }) {
  const t = await getTranslations('Forum')
  return (
    <Section id="attendance" heading={t('attendanceHeading')} form={isEditable(meeting) && { summary: t('registerAttendance'), node: <AttendanceForm meetingId={meeting.id} members={meeting.members} /> }}>
      <Paragraph>
        {meeting.members.some((m) => m.present !== null)
          ? t('presentList', { names: meeting.members.filter((m) => m.present).map((m) => m.personName).join(', ') || t('none') })
          : t('noAttendance')}
      </Paragraph>
    </Section>
  )
}

/** Every version of the minutes, newest first, with the PDF of approved ones; the secretariat drafts and approves. */
export async function MinutesSection({ meeting }: { meeting: TMeetingDetail }) {
  const t = await getTranslations('Forum')
  const format = await getFormatter()
  return (
    <Section id="minutes" heading={t('minutesHeading')} className="flex flex-col gap-4">
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
          {m.status === 'DRAFT' && meeting.canManage && <ApproveMinutesForm minutesId={m.id} version={m.version} />}
        </Card>
      ))}
      {meeting.canManage && (
        <Disclosure summary={meeting.minutes[0]?.status === 'APPROVED' ? t('newVersion') : t('saveDraft')} initiallyOpen={meeting.minutes.length === 0}>
          {/* Note: keyed on the template until a draft exists, so decisions recorded meanwhile reach the first draft. */}
          <MinutesForm key={meeting.minutes.length ? 'minutes' : meeting.draftTemplate} meetingId={meeting.id} text={meeting.minutes[0]?.text ?? meeting.draftTemplate} submit={t('saveDraft')} />
        </Disclosure>
      )}
    </Section>
  )
}
