import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph, TableCell, TableHeaderCell, TableRow } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { Disclosure } from '@/components/ui/disclosure'
import { kronerForInput, NOK, oreToKroner } from '@/lib/money'
import type { TMeasureDetail, TMeasureSpending } from '../get-measure'
import { MeasureForm } from './forms'
import { VisitsTable } from './visits-table'
import { Section } from '@/components/ui/section'

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? ''

/** The measure's facts as a description list: partnership, themes, goals, level, status, period, money, decision, UH. */
export async function MeasureFacts({ m }: { m: TMeasureDetail }) {
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
    <dl className="grid max-w-3xl grid-cols-1 sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** The units taking part. */
export async function MeasureUnits({ units }: { units: TMeasureDetail['units'] }) {
  const t = await getTranslations('Measures')
  return (
    <Section id="units-heading" heading={t('unitsHeading', { count: units.length })} size="md" className="flex flex-col gap-2">
      {units.length === 0 ? <Paragraph>{t('noUnits')}</Paragraph> : <ul className="list-disc pl-6">{units.map((u) => <li key={u.id}>{u.name}</li>)}</ul>}
    </Section>
  )
}

/** What was spent on the measure, with the total (only for those who read the partnership's money). */
export async function MeasureSpending({ spending }: { spending: TMeasureSpending }) {
  const t = await getTranslations('Measures')
  const format = await getFormatter()
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const kroner = (ore: bigint) => format.number(oreToKroner(ore), NOK)
  return (
    <Section id="spending-heading" heading={t('spendingHeading')} size="md" className="flex flex-col gap-2">
      <DataTable
        caption={t('spendingCaption')}
        rows={spending.rows}
        empty={t('noSpending')}
        columns={[
          { header: t('spentOn'), cell: (s) => date(s.spentOn) },
          { header: t('recipient'), cell: (s) => s.recipientName },
          { header: t('description'), cell: (s) => s.description },
          { header: t('amount'), numeric: true, cell: (s) => kroner(s.amountOre) },
        ]}
        foot={
          <TableRow>
            <TableHeaderCell colSpan={3}>{t('spentTotal')}</TableHeaderCell>
            <TableCell className="text-right font-semibold">{kroner(spending.totalOre)}</TableCell>
          </TableRow>
        }
      />
    </Section>
  )
}

/** The visits linked to the measure that the actor reads. */
export async function MeasureVisits({ visits }: { visits: TMeasureDetail['visits'] }) {
  const t = await getTranslations('Measures')
  return (
    <Section id="visits-heading" heading={t('visitsHeading')} size="md" className="flex flex-col gap-2">
      <VisitsTable visits={visits} caption={t('visitsCaption')} empty={t('noVisitsHere')} showMeasure={false} />
    </Section>
  )
}

/** The change form, filled with the measure as it is (for the secretariat that keeps it). */
export async function EditMeasure({ m, form }: { m: TMeasureDetail; form: NonNullable<TMeasureDetail['form']> }) {
  const t = await getTranslations('Measures')
  const { values } = form
  return (
    <Disclosure summary={t('editMeasure')}>
      <MeasureForm
        options={form}
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
          units: values.units,
          universityId: values.universityId ?? '',
          facilitatorIds: values.facilitatorIds,
          grantYearId: values.grantYearId ?? '',
          budget: m.budgetOre !== null ? kronerForInput(m.budgetOre) : '',
          decisionId: values.decisionId ?? '',
          priority: m.priority ? String(m.priority) : '',
        }}
      />
    </Disclosure>
  )
}
