import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { CreateReportForm } from '@/features/needs/components/forms'
import { ThemeChart } from '@/features/needs/components/theme-chart'
import { ThemeSummaryTable } from '@/features/needs/components/theme-summary-table'
import { getNeedsOverview } from '@/features/needs/queries'
import { Disclosure } from '@/components/ui/disclosure'
import { NoAccess } from '@/components/ui/no-access'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { OSLO } from '@/lib/oslo-time'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Needs')
  return { title: t('reportsTitle') }
}

export default async function NeedsReportsPage() {
  // Note: checked here and again in getNeedsOverview (permission and needsReadScope).
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  const t = await getTranslations('Needs')
  const dev = await getTranslations('Development')
  const format = await getFormatter()
  if (!can(actor, 'read:needs')) return <NoAccess title={t('noAccessTitle')} text={t('noAccessText')} />
  const overview = await getNeedsOverview(await getDb(), actor)
  const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: OSLO }).format(new Date()))

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('reportsTitle')}
        </Heading>
        <Paragraph>{t('reportsLead')}</Paragraph>
        {can(actor, 'read:orders') && (
          <Paragraph>
            <Link href="/bestillinger" className="ds-link">
              {t('ordersLink')}
            </Link>
          </Paragraph>
        )}
      </div>

      <section aria-labelledby="reports" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="reports">
          {t('reportsHeading')}
        </Heading>
        {overview.reports.length === 0 ? (
          <Paragraph>{t('noReports')}</Paragraph>
        ) : (
          <ScrollRegion label={t('reportsCaption')}>
            <Table zebra className="w-full">
              <caption className="text-left">{t('reportsCaption')}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('reportTitle')}</TableHeaderCell>
                  <TableHeaderCell>{t('partnership')}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t('year')}</TableHeaderCell>
                  <TableHeaderCell>{t('owners')}</TableHeaderCell>
                  <TableHeaderCell>{t('status')}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t('prioritiesCount')}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {overview.reports.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>
                      <Link href={`/behov/${r.id}`} className="ds-link">
                        {r.title}
                      </Link>
                    </TableCell>
                    <TableCell>{r.partnershipName}</TableCell>
                    <TableCell className="text-right">{r.year}</TableCell>
                    <TableCell>{r.owners.join(', ')}</TableCell>
                    <TableCell>
                      {t(`reportStatuses.${r.status}`)}
                      {r.submittedAt && ` ${format.dateTime(r.submittedAt, { dateStyle: 'medium', timeZone: OSLO })}`}
                    </TableCell>
                    <TableCell className="text-right">{format.number(r.priorities)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        )}
        {overview.contexts.length > 0 && (
          <Disclosure summary={t('newReport')} initiallyOpen={overview.reports.length === 0}>
            <CreateReportForm contexts={overview.contexts} year={year} />
          </Disclosure>
        )}
      </section>

      {overview.summaries.length > 0 && (
        <section aria-labelledby="summary" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="summary">
            {t('summaryHeading')}
          </Heading>
          <Paragraph>{t('summaryLead')}</Paragraph>
          {overview.summaries.map((s) => {
            const caption = t('summaryCaption', { partnership: s.partnershipName, year: s.year, reports: s.reports })
            return (
              <div key={`${s.partnershipName}-${s.year}`} className="flex flex-col gap-3">
                <ThemeSummaryTable caption={caption} rows={s.themes} />
                <ThemeChart
                  rows={s.themes.map((row) => ({ name: dev(`themes.${row.theme}`), priorities: row.priorities, units: row.units }))}
                  labels={{ title: t('chartTitle', { partnership: s.partnershipName, year: s.year }), priorities: t('prioritiesCount'), units: t('unitsCount') }}
                />
              </div>
            )
          })}
        </section>
      )}
    </div>
  )
}
