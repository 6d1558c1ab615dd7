import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import {
  Card,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react'
import { getDashboard } from '@/features/dashboard/get-dashboard'
import { AwardedVsUsedChart } from '@/features/funding/components/awarded-vs-used-chart'
import { chartRows, FiguresTable } from '@/features/funding/components/figures-table'
import { getFundingDashboard } from '@/features/funding/dashboard'
import { AssessmentDashboardSection } from '@/features/assessment/components/dashboard-section'
import { getAssessmentDashboard } from '@/features/assessment/dashboard'
import { getForums } from '@/features/forum/queries'
import { MeasuresDashboardSection } from '@/features/measures/components/dashboard-section'
import { getMeasuresDashboard } from '@/features/measures/dashboard'
import { NeedsDashboardSection } from '@/features/needs/components/dashboard-section'
import { NetworksDashboardSection } from '@/features/networks/components/dashboard-section'
import { getNetworksDashboard } from '@/features/networks/dashboard'
import { getNeedsDashboard } from '@/features/needs/dashboard'
import { OSLO } from '@/lib/oslo-time'
import { NoAccess } from '@/components/ui/no-access'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Dashboard')
  return { title: t('title') }
}

export default async function DashboardPage() {
  // Note: the check is here in the page (and again in getDashboard), never only in a layout.
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  const t = await getTranslations('Dashboard')
  const tRoles = await getTranslations('Roles')
  const format = await getFormatter()

  if (!can(actor, 'read:dashboard')) {
    return <NoAccess title={t('noAccessTitle')} text={t('noAccessText')} />
  }

  const db = await getDb()
  // Each piece reads through its own scopes and comes back empty (or null) for whoever has nothing there.
  const [dashboard, funding, forums, assessment, needs, measures, networks] = await Promise.all([
    getDashboard(db, actor),
    getFundingDashboard(db, actor),
    can(actor, 'read:forum') ? getForums(db, actor) : Promise.resolve([]),
    getAssessmentDashboard(db, actor),
    getNeedsDashboard(db, actor),
    getMeasuresDashboard(db, actor),
    getNetworksDashboard(db, actor),
  ])
  const tForum = await getTranslations('Forum')
  const tFunding = await getTranslations('Funding')
  // The school-development pages, in the order of the yearly cycle, for whoever may open them.
  const workAreas = (
    [
      { key: 'assessment', href: '/egenvurdering', permission: 'read:assessment' },
      { key: 'needs', href: '/behov', permission: 'read:needs' },
      { key: 'orders', href: '/bestillinger', permission: 'read:orders' },
      { key: 'measures', href: '/tiltak', permission: 'read:partnership' },
      { key: 'plans', href: '/planer', permission: 'read:partnership' },
      { key: 'visits', href: '/besok', permission: 'read:visits' },
      { key: 'networks', href: '/nettverk', permission: 'read:partnership' },
    ] as const
  ).filter((area) => can(actor, area.permission))
  const counts = [
    { value: dashboard.counts.partnerships, label: t('partnerships', { count: dashboard.counts.partnerships }) },
    { value: dashboard.counts.owners, label: t('owners', { count: dashboard.counts.owners }) },
    { value: dashboard.counts.units, label: t('units', { count: dashboard.counts.units }) },
    { value: dashboard.counts.networks, label: t('networks', { count: dashboard.counts.networks }) },
  ]

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('greeting', { name: dashboard.name })}</Paragraph>
        {can(actor, 'read:funding') && (
          <Paragraph>
            <Link href="/okonomi" className="ds-link">
              {t('fundingLink')}
            </Link>
          </Paragraph>
        )}
        {can(actor, 'manage:membership') && (
          <Paragraph>
            <Link href="/admin/medlemskap" className="ds-link">
              {t('adminLink')}
            </Link>
          </Paragraph>
        )}
        {can(actor, 'manage:platform') && (
          <Paragraph>
            <Link href="/admin/epost" className="ds-link">
              {t('emailQueueLink')}
            </Link>
          </Paragraph>
        )}
        {workAreas.length > 0 && (
          <nav aria-label={t('workAreas')}>
            <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-1 p-0">
              {workAreas.map((area) => (
                <li key={area.href}>
                  <Link href={area.href} className="ds-link">
                    {t(`areas.${area.key}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>

      <section aria-labelledby="roles">
        <Heading level={2} data-size="sm" id="roles">
          {t('membershipsHeading')}
        </Heading>
        <ul className="list-disc pl-6">
          {dashboard.memberships.map((m, i) => (
            <li key={i}>
              {tRoles(m.role)}
              {[m.unit, m.organisation, m.partnership].filter(Boolean).map((place) => ` – ${place}`)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="counts">
        <Heading level={2} data-size="sm" id="counts">
          {t('countsHeading')}
        </Heading>
        <ul className="m-0 grid list-none grid-cols-2 gap-4 p-0 md:grid-cols-4">
          {counts.map((c) => (
            <li key={c.label}>
              <Card data-color="accent">
                <span className="block text-3xl font-bold">{format.number(c.value)}</span>
                <span>{c.label}</span>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      {forums.length > 0 && (
        <section aria-labelledby="forum" className="flex flex-col gap-2">
          <Heading level={2} data-size="sm" id="forum">
            <Link href="/forum" className="ds-link">
              {tForum('dashboardLink')}
            </Link>
          </Heading>
          <ul className="list-disc pl-6">
            {forums.map((f) => (
              <li key={f.id}>
                <Link href={`/forum/${f.id}`} className="ds-link">
                  {f.name}
                </Link>
                {f.nextMeeting && (
                  <>
                    {` – ${tForum('dashboardNext', { forum: f.name, title: f.nextMeeting.title, when: format.dateTime(f.nextMeeting.startsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO }) })} `}
                    (
                    <Link href={`/forum/${f.id}/moter/${f.nextMeeting.id}`} className="ds-link">
                      {tForum('dashboardPapers', { count: f.nextMeeting.papers })}
                    </Link>
                    )
                  </>
                )}
                {` – ${tForum('dashboardOpen', { count: f.openItems })}`}
                {f.toWrite.length > 0 && (
                  <ul className="list-[circle] pl-6" aria-label={tForum('dashboardToWrite', { forum: f.name })}>
                    {f.toWrite.map((m) => (
                      <li key={m.meetingId}>
                        <Link href={`/forum/${f.id}/moter/${m.meetingId}`} className="ds-link">
                          {m.meetingTitle}
                        </Link>
                        {`: ${[m.decisions > 0 ? tForum('dashboardDecisionsToWrite', { count: m.decisions }) : null, m.minutes ? tForum('dashboardMinutesToWrite') : null].filter(Boolean).join(', ')}`}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <AssessmentDashboardSection data={assessment} />

      <NeedsDashboardSection data={needs} />

      <MeasuresDashboardSection data={measures} />

      <NetworksDashboardSection dashboard={networks} />

      {funding && funding.length > 0 && (
        <section aria-labelledby="funding" className="flex flex-col gap-4">
          <Heading level={2} data-size="sm" id="funding">
            {t('fundingHeading')}
          </Heading>
          {funding.map((y) => {
            const below = y.rows.filter((r) => r.belowCoFinancing).length
            const place = { partnership: y.partnershipName, year: y.year }
            return (
              <div key={y.grantYearId} className="flex flex-col gap-2">
                <Heading level={3} data-size="xs">
                  {t('fundingYear', place)}
                </Heading>
                <Paragraph>
                  {below > 0 ? t('fundingBelow', { count: below }) : t('fundingAllMet')} ·{' '}
                  <Link href={`/okonomi/${y.grantYearId}`} className="ds-link">
                    {t('fundingYearLink', place)}
                  </Link>
                </Paragraph>
                <FiguresTable rows={y.rows} caption={t('fundingCaption', place)} closed={y.closed} />
                {y.rows.some((r) => r.awardedOre > 0n) && (
                  <AwardedVsUsedChart
                    rows={chartRows(y.rows.filter((r) => r.awardedOre > 0n))}
                    labels={{ title: `${tFunding('chartTitle')} – ${t('fundingYear', place)}`, awarded: tFunding('awarded'), spent: tFunding('spent') }}
                  />
                )}
              </div>
            )
          })}
        </section>
      )}

      {dashboard.partnerships.length > 0 && (
        <section aria-labelledby="partnerships">
          <Heading level={2} data-size="sm" id="partnerships">
            {t('partnershipsHeading')}
          </Heading>
          <Table zebra className="w-full">
            <caption className="text-left">{t('partnershipsCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('colName')}</TableHeaderCell>
                <TableHeaderCell>{t('colCounty')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {dashboard.partnerships.map((p) => (
                <TableRow key={p.slug}>
                  <TableCell>{p.name}</TableCell>
                  <TableCell>{p.countyName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}

      {dashboard.units.length > 0 && (
        <section aria-labelledby="units">
          <Heading level={2} data-size="sm" id="units">
            {t('unitsHeading')}
          </Heading>
          <Table zebra className="w-full">
            <caption className="text-left">{t('unitsCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('colName')}</TableHeaderCell>
                <TableHeaderCell>{t('colMunicipality')}</TableHeaderCell>
                <TableHeaderCell>{t('colPupils')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {dashboard.units.map((u) => (
                <TableRow key={u.id}>
                  <TableCell>{u.name}</TableCell>
                  <TableCell>{u.municipality}</TableCell>
                  <TableCell>{format.number(u.pupilCount)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </div>
  )
}
