import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { OSLO } from '@/lib/oslo-time'
import type { TNetworksDashboard } from '../dashboard'

/** The networks piece of /oversikt: renders what getNetworksDashboard returned (nothing for null). */
export async function NetworksDashboardSection({ dashboard }: { dashboard: TNetworksDashboard | null }) {
  if (!dashboard) return null
  const t = await getTranslations('Networks')
  const format = await getFormatter()
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const gatheringLink = (networkId: string, id: string, title: string) => (
    <Link href={`/nettverk/${networkId}/samlinger/${id}`} className="ds-link">
      {title}
    </Link>
  )

  return (
    <section aria-labelledby="networks-dashboard" className="flex flex-col gap-4">
      <Heading level={2} data-size="md" id="networks-dashboard">
        <Link href="/nettverk" className="ds-link">
          {t('dashboard.heading')}
        </Link>
      </Heading>

      {dashboard.coordinating.length > 0 && (
        <ScrollRegion label={t('dashboard.coordinatingCaption')}>
          <Table zebra className="w-full">
            <caption className="text-left">{t('dashboard.coordinatingCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('gathering')}</TableHeaderCell>
                <TableHeaderCell>{t('network')}</TableHeaderCell>
                <TableHeaderCell>{t('when')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('seatsTaken')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('dashboard.missingPreWork')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {dashboard.coordinating.map((g) => (
                <TableRow key={g.id}>
                  <TableCell>{gatheringLink(g.networkId, g.id, g.title)}</TableCell>
                  <TableCell>{g.networkName}</TableCell>
                  <TableCell>{when(g.startsAt)}</TableCell>
                  <TableCell className="text-right">{t('seatsOf', { taken: g.registered, limit: g.seatLimit })}</TableCell>
                  <TableCell className="text-right">{format.number(g.missingPreWork)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}

      {dashboard.myNetworks.length > 0 && (
        <div className="flex flex-col gap-2">
          <Heading level={3} data-size="xs">
            {t('dashboard.myNetworks')}
          </Heading>
          <ul>
            {dashboard.myNetworks.map((n) => (
              <li key={n.id}>
                <Link href={`/nettverk/${n.id}`} className="ds-link">
                  {n.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}

      {dashboard.nextGatherings.length > 0 && (
        <div className="flex flex-col gap-2">
          <Heading level={3} data-size="xs">
            {t('dashboard.nextGatherings')}
          </Heading>
          <ul>
            {dashboard.nextGatherings.map((g) => (
              <li key={g.id}>
                {gatheringLink(g.networkId, g.id, g.title)} ({g.networkName}), {when(g.startsAt)}
                {g.registered ? ` · ${t('statuses.REGISTERED')}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}

      {dashboard.openTasks.length > 0 && (
        <ScrollRegion label={t('dashboard.openTasksCaption')}>
          <Table zebra className="w-full">
            <caption className="text-left">{t('dashboard.openTasks')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('gathering')}</TableHeaderCell>
                <TableHeaderCell>{t('unit')}</TableHeaderCell>
                <TableHeaderCell>{t('taskText')}</TableHeaderCell>
                <TableHeaderCell>{t('dueOn')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {dashboard.openTasks.map((task, i) => (
                <TableRow key={`${task.gatheringId}-${i}`}>
                  <TableCell>{gatheringLink(task.networkId, task.gatheringId, task.gatheringTitle)}</TableCell>
                  <TableCell>{task.unitName}</TableCell>
                  <TableCell>{task.text}</TableCell>
                  <TableCell>{day(task.dueOn)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}

      {dashboard.participation.length > 0 && (
        <ScrollRegion label={t('dashboard.participationCaption')}>
          <Table zebra className="w-full">
            <caption className="text-left">{t('dashboard.participationCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('network')}</TableHeaderCell>
                <TableHeaderCell>{t('partnership')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('dashboard.gatheringsHeld')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('dashboard.registered')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('dashboard.attendedCount')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {dashboard.participation.map((n) => (
                <TableRow key={n.networkId}>
                  <TableCell>
                    <Link href={`/nettverk/${n.networkId}`} className="ds-link">
                      {n.name}
                    </Link>
                  </TableCell>
                  <TableCell>{n.partnershipName}</TableCell>
                  <TableCell className="text-right">{format.number(n.held)}</TableCell>
                  <TableCell className="text-right">{format.number(n.registered)}</TableCell>
                  <TableCell className="text-right">{format.number(n.attended)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}

      {dashboard.coordinating.length === 0 && dashboard.nextGatherings.length === 0 && <Paragraph>{t('dashboard.nothing')}</Paragraph>}
    </section>
  )
}
