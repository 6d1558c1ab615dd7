import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { AddTaskForm, AttendanceForm, RegistrationForm, RemindForm, SubmitWorkForm } from '@/features/networks/components/forms'
import { getGathering } from '@/features/networks/queries'
import { Disclosure } from '@/components/ui/disclosure'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { OSLO } from '@/lib/oslo-time'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Networks')
  return { title: t('gatheringTitleShort') }
}

export default async function GatheringPage({ params }: { params: Promise<{ networkId: string; gatheringId: string }> }) {
  // Note: checked here and again in getGathering (scope) and in every action's use case.
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  if (!can(actor, 'read:partnership')) redirect('/nettverk')
  const { networkId, gatheringId } = await params
  const g = await getGathering(await getDb(), actor, networkId, gatheringId)
  if (!g) notFound()
  const t = await getTranslations('Networks')
  const format = await getFormatter()
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'full', timeStyle: 'short', timeZone: OSLO })
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const taskLabel = (task: { kind: string; text: string }) => `${t(`taskKinds.${task.kind}`)}: ${task.text}`

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Paragraph data-size="sm">
          <Link href={`/nettverk/${g.networkId}`} className="ds-link">
            {t('backTo', { network: g.networkName })}
          </Link>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {g.title}
        </Heading>
        <Paragraph>
          {when(g.startsAt)} – {format.dateTime(g.endsAt, { timeStyle: 'short', timeZone: OSLO })}
          {g.place ? ` · ${g.place}` : ''}
        </Paragraph>
        <Paragraph>
          {t('seatsOf', { taken: g.registered, limit: g.seatLimit })} · {t('waitingN', { count: g.waiting })}
        </Paragraph>
      </div>

      {g.programme && (
        <section aria-labelledby="programme" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="programme">
            {t('programme')}
          </Heading>
          <Paragraph className="whitespace-pre-line">{g.programme}</Paragraph>
        </section>
      )}

      <section aria-labelledby="registration" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="registration">
          {t('registrationHeading')}
        </Heading>
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
      </section>

      <section aria-labelledby="tasks" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="tasks">
          {t('tasksHeading')}
        </Heading>
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
        {g.canCoordinate && (
          <Disclosure summary={t('addTaskHeading')} initiallyOpen={g.tasks.length === 0}>
            <AddTaskForm gatheringId={g.id} />
          </Disclosure>
        )}
      </section>

      {g.canCoordinate && (
        <section aria-labelledby="progress" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="progress">
            {t('progressHeading')}
          </Heading>
          {g.tasks.length === 0 || g.progress.length === 0 ? (
            <Paragraph>{t('noProgress')}</Paragraph>
          ) : (
            <ScrollRegion label={t('progressCaption')}>
              <Table zebra className="w-full">
                <caption className="text-left">{t('progressCaption')}</caption>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>{t('unit')}</TableHeaderCell>
                    {g.tasks.map((task, i) => (
                      <TableHeaderCell key={task.id}>{t('taskColumn', { kind: t(`taskKinds.${task.kind}`), n: i + 1 })}</TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {g.progress.map((row) => (
                    <TableRow key={row.unitId}>
                      <TableCell>{row.unitName}</TableCell>
                      {g.tasks.map((task) => (
                        <TableCell key={task.id}>{row.done[task.id] ? t('doneShort') : t('missing')}</TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollRegion>
          )}
          {g.tasks.some((task) => task.kind === 'PRE_WORK') && <RemindForm gatheringId={g.id} />}
        </section>
      )}

      {g.canCoordinate && (
        <section aria-labelledby="participants" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="participants">
            {t('participantsHeading')}
          </Heading>
          {g.registrations.length === 0 ? (
            <Paragraph>{t('noRegistrations')}</Paragraph>
          ) : (
            <ScrollRegion label={t('participantsCaption')}>
              <Table zebra className="w-full">
                <caption className="text-left">{t('participantsCaption')}</caption>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>{t('person')}</TableHeaderCell>
                    <TableHeaderCell>{t('status')}</TableHeaderCell>
                    <TableHeaderCell>{t('attended')}</TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {g.registrations.map((r) => (
                    <TableRow key={r.id}>
                      <TableCell>{r.name}</TableCell>
                      <TableCell>{t(`statuses.${r.status}`)}</TableCell>
                      <TableCell>{r.attended === null ? '–' : r.attended ? t('yes') : t('no')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollRegion>
          )}
          {g.registrations.some((r) => r.status === 'REGISTERED') && (
            <AttendanceForm gatheringId={g.id} seats={g.registrations.filter((r) => r.status === 'REGISTERED')} />
          )}
        </section>
      )}
    </div>
  )
}
