import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { OSLO } from '@/lib/oslo-time'
import { Section } from '@/components/ui/section'
import type { TGatheringDetail } from '../get-gathering'
import { AddTaskForm, AttendanceForm, RegistrationForm, RemindForm, SubmitWorkForm } from './forms'
import { PageHeader } from '@/components/ui/page-header'

/** The sections of a gathering's page (/nettverk/[networkId]/samlinger/[gatheringId]), in the page's order. */
type TProps = { g: TGatheringDetail }

export async function GatheringHeader({ g }: TProps) {
  const t = await getTranslations('Networks')
  const format = await getFormatter()
  return (
    <PageHeader title={g.title} back={{ href: `/nettverk/${g.networkId}`, label: t('backTo', { network: g.networkName }) }}>
      <Paragraph>
        {format.dateTime(g.startsAt, { dateStyle: 'full', timeStyle: 'short', timeZone: OSLO })} – {format.dateTime(g.endsAt, { timeStyle: 'short', timeZone: OSLO })}
        {g.place ? ` · ${g.place}` : ''}
      </Paragraph>
      <Paragraph>
        {t('seatsOf', { taken: g.registered, limit: g.seatLimit })} · {t('waitingN', { count: g.waiting })}
      </Paragraph>
    </PageHeader>
  )
}

export async function ProgrammeSection({ g }: TProps) {
  if (!g.programme) return null
  const t = await getTranslations('Networks')
  return (
    <Section id="programme" heading={t('programme')}>
      <Paragraph className="whitespace-pre-line">{g.programme}</Paragraph>
    </Section>
  )
}

export async function RegistrationSection({ g }: TProps) {
  const t = await getTranslations('Networks')
  return (
    <Section id="registration" heading={t('registrationHeading')}>
      {g.mine?.status === 'REGISTERED' && <Paragraph>{t('youHaveSeat')}</Paragraph>}
      {g.mine?.status === 'WAITING' && <Paragraph>{t('youAreWaiting', { position: g.mine.queuePosition ?? 0 })}</Paragraph>}
      {g.mine?.status === 'REGISTERED' && (
        <Paragraph>
          <a href={`/nettverk/${g.networkId}/samlinger/${g.id}/kalender.ics`} className="ds-link" download>
            {t('calendarFile')}
          </a>
        </Paragraph>
      )}
      {g.started ? (
        <Paragraph>{t('registrationClosed')}</Paragraph>
      ) : g.canJoin ? (
        <RegistrationForm gatheringId={g.id} registered={!!g.mine} />
      ) : (
        <Paragraph>{t('notInvited')}</Paragraph>
      )}
    </Section>
  )
}

export async function TasksSection({ g }: TProps) {
  const t = await getTranslations('Networks')
  const format = await getFormatter()
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const taskLabel = (task: { kind: string; text: string }) => `${t(`taskKinds.${task.kind}`)}: ${task.text}`
  return (
    <Section id="tasks" heading={t('tasksHeading')} form={g.canCoordinate && { summary: t('addTaskHeading'), initiallyOpen: g.tasks.length === 0, node: <AddTaskForm gatheringId={g.id} /> }}>
      <Paragraph>{t('tasksLead')}</Paragraph>
      {g.tasks.length === 0 ? (
        <Paragraph>{t('noTasks')}</Paragraph>
      ) : (
        <ul className="flex flex-col gap-2">
          {g.tasks.map((task) => (
            <li key={task.id}>
              <strong>{t(`taskKinds.${task.kind}`)}</strong> ({t('dueShort', { due: day(task.dueOn) })}): {task.text}
            </li>
          ))}
        </ul>
      )}
      {g.myUnits.map((unit) =>
        g.tasks.length === 0 ? null : (
          <div key={unit.id} className="flex flex-col gap-3">
            <Heading level={3} data-size="xs">
              {t('unitWork', { unit: unit.name })}
            </Heading>
            {g.tasks.map((task) => (
              <SubmitWorkForm key={task.id} taskId={task.id} unitId={unit.id} label={taskLabel(task)} text={unit.submissions[task.id] ?? ''} />
            ))}
          </div>
        ),
      )}
    </Section>
  )
}

/** For coordinators: unit × task, done or missing, and the reminder to those missing pre-work. */
export async function ProgressSection({ g }: TProps) {
  if (!g.canCoordinate) return null
  const t = await getTranslations('Networks')
  return (
    <Section id="progress" heading={t('progressHeading')}>
      <DataTable
        caption={t('progressCaption')}
        rows={g.tasks.length === 0 ? [] : g.progress}
        rowKey={(row) => row.unitId}
        empty={t('noProgress')}
        columns={[
          { header: t('unit'), cell: (row) => row.unitName },
          ...g.tasks.map((task, i) => ({ header: t('taskColumn', { kind: t(`taskKinds.${task.kind}`), n: i + 1 }), cell: (row: (typeof g.progress)[number]) => (row.done[task.id] ? t('doneShort') : t('missing')) })),
        ]}
      />
      {g.tasks.some((task) => task.kind === 'PRE_WORK') && <RemindForm gatheringId={g.id} />}
    </Section>
  )
}

/** For coordinators: who has a seat or waits, and who came. */
export async function ParticipantsSection({ g }: TProps) {
  if (!g.canCoordinate) return null
  const t = await getTranslations('Networks')
  const seats = g.registrations.filter((r) => r.status === 'REGISTERED')
  return (
    <Section id="participants" heading={t('participantsHeading')}>
      <DataTable
        caption={t('participantsCaption')}
        rows={g.registrations}
        empty={t('noRegistrations')}
        columns={[
          { header: t('person'), cell: (r) => r.name },
          { header: t('status'), cell: (r) => t(`statuses.${r.status}`) },
          { header: t('attended'), cell: (r) => (r.attended === null ? '–' : r.attended ? t('yes') : t('no')) },
        ]}
      />
      {seats.length > 0 && <AttendanceForm gatheringId={g.id} seats={seats} />}
    </Section>
  )
}
