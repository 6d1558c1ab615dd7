import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { MeasureForm } from '@/features/measures/components/forms'
import { VisitsTable } from '@/features/measures/components/visits-table'
import { getMeasure } from '@/features/measures/queries'
import { Disclosure } from '@/components/ui/disclosure'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { kronerForInput, NOK, oreToKroner } from '@/lib/money'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Measures')
  return { title: t('measuresTitle') }
}

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? ''

export default async function MeasurePage({ params }: { params: Promise<{ measureId: string }> }) {
  // Note: checked here and again in getMeasure (measureReadScope; funding and visits by their own scopes).
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  if (!can(actor, 'read:partnership')) redirect('/tiltak')
  const m = await getMeasure(await getDb(), actor, (await params).measureId)
  // Another tenant's measure looks exactly like one that does not exist.
  if (!m) notFound()
  const t = await getTranslations('Measures')
  const dev = await getTranslations('Development')
  const format = await getFormatter()
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const none = t('none')

  const facts: [string, string][] = [
    [t('partnership'), m.partnershipName],
    [t('themes'), m.themes.map((v) => dev(`themes.${v}`)).join(', ')],
    [t('sectorGoals'), m.sectorGoals.map((v) => dev(`sectorGoals.${v}`)).join(', ') || none],
    [t('level'), dev(`levels.${m.level}`)],
    [t('status'), t(`statusLabels.${m.status}`)],
    [t('period'), m.startsOn || m.endsOn ? `${m.startsOn ? date(m.startsOn) : '…'} – ${m.endsOn ? date(m.endsOn) : '…'}` : none],
    [t('grantYear'), m.year ? String(m.year) : none],
    [t('budget'), m.budgetOre !== null ? format.number(oreToKroner(m.budgetOre), NOK) : none],
    [t('decision'), m.decision ? `${m.decision.reference}: ${m.decision.text}` : none],
    [t('priority'), m.priority ? String(m.priority) : none],
    [t('university'), m.university?.name ?? none],
    [t('facilitators'), m.facilitators.map((f) => f.name).join(', ') || none],
  ]

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Paragraph data-size="sm">
          <Link href="/tiltak" className="ds-link">
            {t('backToMeasures')}
          </Link>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {m.title}
        </Heading>
        {m.description && <Paragraph className="whitespace-pre-line">{m.description}</Paragraph>}
      </div>

      <dl className="grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="units-heading" className="flex flex-col gap-2">
        <Heading level={2} data-size="md" id="units-heading">
          {t('unitsHeading', { count: m.units.length })}
        </Heading>
        {m.units.length === 0 ? <Paragraph>{t('noUnits')}</Paragraph> : <ul className="list-disc pl-6">{m.units.map((u) => <li key={u.id}>{u.name}</li>)}</ul>}
      </section>

      {m.spending && (
        <section aria-labelledby="spending-heading" className="flex flex-col gap-2">
          <Heading level={2} data-size="md" id="spending-heading">
            {t('spendingHeading')}
          </Heading>
          {m.spending.rows.length === 0 ? (
            <Paragraph>{t('noSpending')}</Paragraph>
          ) : (
            <ScrollRegion label={t('spendingCaption')}>
              <Table zebra className="w-full">
                <caption className="text-left">{t('spendingCaption')}</caption>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>{t('spentOn')}</TableHeaderCell>
                    <TableHeaderCell>{t('recipient')}</TableHeaderCell>
                    <TableHeaderCell>{t('description')}</TableHeaderCell>
                    <TableHeaderCell className="text-right">{t('amount')}</TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {m.spending.rows.map((s) => (
                    <TableRow key={s.id}>
                      <TableCell>{date(s.spentOn)}</TableCell>
                      <TableCell>{s.recipientName}</TableCell>
                      <TableCell>{s.description}</TableCell>
                      <TableCell className="text-right">{format.number(oreToKroner(s.amountOre), NOK)}</TableCell>
                    </TableRow>
                  ))}
                  <TableRow>
                    <TableHeaderCell colSpan={3}>{t('spentTotal')}</TableHeaderCell>
                    <TableCell className="text-right font-semibold">{format.number(oreToKroner(m.spending.totalOre), NOK)}</TableCell>
                  </TableRow>
                </TableBody>
              </Table>
            </ScrollRegion>
          )}
        </section>
      )}

      {can(actor, 'read:visits') && (
        <section aria-labelledby="visits-heading" className="flex flex-col gap-2">
          <Heading level={2} data-size="md" id="visits-heading">
            {t('visitsHeading')}
          </Heading>
          {m.visits.length === 0 ? (
            <Paragraph>{t('noVisitsHere')}</Paragraph>
          ) : (
            <ScrollRegion label={t('visitsCaption')}>
              <VisitsTable visits={m.visits} caption={t('visitsCaption')} showMeasure={false} />
            </ScrollRegion>
          )}
        </section>
      )}

      {m.form && (
        <Disclosure summary={t('editMeasure')}>
          <MeasureForm
            options={m.form}
            measureId={m.id}
            initial={{
              title: m.title,
              description: m.description ?? '',
              themes: m.themes,
              sectorGoals: m.sectorGoals,
              level: m.level,
              status: m.status,
              startsOn: day(m.startsOn),
              endsOn: day(m.endsOn),
              unitIds: m.form.values.unitIds,
              universityId: m.form.values.universityId ?? '',
              facilitatorIds: m.form.values.facilitatorIds,
              grantYearId: m.form.values.grantYearId ?? '',
              budget: m.budgetOre !== null ? kronerForInput(m.budgetOre) : '',
              decisionId: m.form.values.decisionId ?? '',
              priority: m.priority ? String(m.priority) : '',
            }}
          />
        </Disclosure>
      )}
    </div>
  )
}
