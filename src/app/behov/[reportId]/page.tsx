import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { AddPriorityForm, RemovePriorityForm, SubmitReportForm, SuggestionForm } from '@/features/needs/components/forms'
import { getNeedsReport } from '@/features/needs/queries'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { OSLO } from '@/lib/oslo-time'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Needs')
  return { title: t('reportsTitle') }
}

export default async function NeedsReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  // Note: checked here and again in getNeedsReport (needsReadScope) and in every action's use case.
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  if (!can(actor, 'read:needs')) redirect('/behov')
  const report = await getNeedsReport(await getDb(), actor, (await params).reportId)
  // Another owner's report, or a draft the forum may not see, looks like one that does not exist.
  if (!report) notFound()
  const t = await getTranslations('Needs')
  const dev = await getTranslations('Development')
  const format = await getFormatter()

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Paragraph data-size="sm">
          <Link href="/behov" className="ds-link">
            {t('backToReports')}
          </Link>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {report.title}
        </Heading>
        <Paragraph>
          {t('reportMeta', { partnership: report.partnershipName, year: report.year, owners: report.owners.join(', ') })}
        </Paragraph>
        <Paragraph>
          <strong>{t(`reportStatuses.${report.status}`)}</strong>
          {report.submittedAt && ` ${format.dateTime(report.submittedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })}`}
        </Paragraph>
        <Paragraph className="whitespace-pre-line">{report.summary}</Paragraph>
      </div>

      <section aria-labelledby="priorities" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="priorities">
          {t('prioritiesHeading')}
        </Heading>
        {report.priorities.length === 0 ? (
          <Paragraph>{t('noPriorities')}</Paragraph>
        ) : (
          <ScrollRegion label={t('prioritiesCaption')}>
            <Table zebra className="w-full">
              <caption className="text-left">{t('prioritiesCaption')}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell className="text-right">{t('position')}</TableHeaderCell>
                  <TableHeaderCell>{t('theme')}</TableHeaderCell>
                  <TableHeaderCell>{t('priorityDescription')}</TableHeaderCell>
                  <TableHeaderCell>{t('priorityUnits')}</TableHeaderCell>
                  {report.canEdit && (
                    <TableHeaderCell>
                      <span className="sr-only">{t('remove')}</span>
                    </TableHeaderCell>
                  )}
                </TableRow>
              </TableHead>
              <TableBody>
                {report.priorities.map((p, i) => (
                  <TableRow key={p.id}>
                    <TableCell className="text-right">{i + 1}</TableCell>
                    <TableCell>{dev(`themes.${p.theme}`)}</TableCell>
                    <TableCell className="whitespace-pre-line">{p.description}</TableCell>
                    <TableCell>{p.units.length ? p.units.join(', ') : t('noUnits')}</TableCell>
                    {report.canEdit && (
                      <TableCell>
                        <RemovePriorityForm priorityId={p.id} position={i + 1} />
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        )}
      </section>

      {report.canEdit && (
        <>
          <section aria-labelledby="suggestions" className="flex flex-col gap-3">
            <Heading level={2} data-size="sm" id="suggestions">
              {t('suggestionsHeading')}
            </Heading>
            <Paragraph>{t('suggestionsLead')}</Paragraph>
            {report.suggestions.length === 0 ? (
              <Paragraph>{t('noSuggestions')}</Paragraph>
            ) : (
              <ul className="flex flex-col gap-4">
                {report.suggestions.map((s, i) => (
                  <li key={`${s.unitId}-${i}`} className="flex flex-col gap-1 border-b border-gray-200 pb-3">
                    <span>
                      <strong>{s.unitName}</strong> ({dev(`themes.${s.theme}`)}, {s.year}): {s.title}
                    </span>
                    <span className="text-sm">{s.goal}</span>
                    {s.added ? <span className="text-sm">{t('suggestionAdded')}</span> : <SuggestionForm reportId={report.id} suggestion={s} />}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="add" className="flex flex-col gap-3">
            <Heading level={2} data-size="sm" id="add">
              {t('addPriorityHeading')}
            </Heading>
            <AddPriorityForm reportId={report.id} units={report.units} />
          </section>
          <section aria-labelledby="submit" className="flex flex-col gap-3">
            <Heading level={2} data-size="sm" id="submit">
              {t('submitHeading')}
            </Heading>
            <SubmitReportForm reportId={report.id} />
          </section>
        </>
      )}
    </div>
  )
}
