import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { OSLO } from '@/lib/oslo-time'
import type { TNetworksDashboard } from '../dashboard'
import { Section, SubSection } from '@/components/ui/section'

type TProps = { dashboard: TNetworksDashboard }

function GatheringLink({ networkId, id, title }: { networkId: string; id: string; title: string }) {
  return (
    <Link href={`/nettverk/${networkId}/samlinger/${id}`} className="ds-link">
      {title}
    </Link>
  )
}

/** The networks piece of /oversikt: renders what getNetworksDashboard returned (nothing for null). */
export async function NetworksDashboardSection({ dashboard }: { dashboard: TNetworksDashboard | null }) {
  if (!dashboard) return null
  const t = await getTranslations('Networks')
  const format = await getFormatter()
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })

  return (
    <Section id="networks-dashboard" heading={t('dashboard.heading')} href="/nettverk" size="md" className="flex flex-col gap-4">

      {dashboard.coordinating.length > 0 && (
        <DataTable
          caption={t('dashboard.coordinatingCaption')}
          rows={dashboard.coordinating}
          empty={null}
          columns={[
            { header: t('gathering'), cell: (g) => <GatheringLink networkId={g.networkId} id={g.id} title={g.title} /> },
            { header: t('network'), cell: (g) => g.networkName },
            { header: t('when'), cell: (g) => when(g.startsAt) },
            { header: t('seatsTaken'), numeric: true, cell: (g) => t('seatsOf', { taken: g.registered, limit: g.seatLimit }) },
            { header: t('dashboard.missingPreWork'), numeric: true, cell: (g) => format.number(g.missingPreWork) },
          ]}
        />
      )}

      {dashboard.myNetworks.length > 0 && (
        <SubSection heading={t('dashboard.myNetworks')}>
          <ul>
            {dashboard.myNetworks.map((n) => (
              <li key={n.id}>
                <Link href={`/nettverk/${n.id}`} className="ds-link">
                  {n.name}
                </Link>
              </li>
            ))}
          </ul>
        </SubSection>
      )}

      {dashboard.nextGatherings.length > 0 && (
        <SubSection heading={t('dashboard.nextGatherings')}>
          <ul>
            {dashboard.nextGatherings.map((g) => (
              <li key={g.id}>
                <GatheringLink networkId={g.networkId} id={g.id} title={g.title} /> ({g.networkName}), {when(g.startsAt)}
                {g.registered ? ` · ${t('statuses.REGISTERED')}` : ''}
              </li>
            ))}
          </ul>
        </SubSection>
      )}

      <OpenTasks dashboard={dashboard} />
      <Participation dashboard={dashboard} />

      {dashboard.coordinating.length === 0 && dashboard.nextGatherings.length === 0 && <Paragraph>{t('dashboard.nothing')}</Paragraph>}
    </Section>
  )
}

/** Principals and heads: what their units have still to hand in. */
async function OpenTasks({ dashboard }: TProps) {
  if (dashboard.openTasks.length === 0) return null
  const t = await getTranslations('Networks')
  const format = await getFormatter()
  return (
    <DataTable
      caption={t('dashboard.openTasks')}
      label={t('dashboard.openTasksCaption')}
      rows={dashboard.openTasks}
      rowKey={(task, i) => `${task.gatheringId}-${i}`}
      empty={null}
      columns={[
        { header: t('gathering'), cell: (task) => <GatheringLink networkId={task.networkId} id={task.gatheringId} title={task.gatheringTitle} /> },
        { header: t('unit'), cell: (task) => task.unitName },
        { header: t('taskText'), cell: (task) => task.text },
        { header: t('dueOn'), cell: (task) => format.dateTime(task.dueOn, { dateStyle: 'medium', timeZone: 'UTC' }) },
      ]}
    />
  )
}

/** The county governor: registered against attended seats per network. */
async function Participation({ dashboard }: TProps) {
  if (dashboard.participation.length === 0) return null
  const t = await getTranslations('Networks')
  const format = await getFormatter()
  return (
    <DataTable
      caption={t('dashboard.participationCaption')}
      rows={dashboard.participation}
      rowKey={(n) => n.networkId}
      empty={null}
      columns={[
        { header: t('network'), href: (n) => `/nettverk/${n.networkId}`, cell: (n) => n.name },
        { header: t('partnership'), cell: (n) => n.partnershipName },
        { header: t('dashboard.gatheringsHeld'), numeric: true, cell: (n) => format.number(n.held) },
        { header: t('dashboard.registered'), numeric: true, cell: (n) => format.number(n.registered) },
        { header: t('dashboard.attendedCount'), numeric: true, cell: (n) => format.number(n.attended) },
      ]}
    />
  )
}
