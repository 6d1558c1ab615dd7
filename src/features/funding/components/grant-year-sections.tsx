import Link from 'next/link'
import { randomUUID } from 'node:crypto'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph, TableCell, TableHeaderCell, TableRow } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { FigureGrid } from '@/components/ui/figure-cards'
import { Disclosure } from '@/components/ui/disclosure'
import { kronerForInput, NOK, oreToKroner } from '@/lib/money'
import type { TGrantYearDetail } from '../get-grant-year'
import { totals } from '../summary'
import { AdjustAllocationsForm } from './adjust-allocations-form'
import { AwardForm } from './award-form'
import { AwardedVsUsedChart } from './awarded-vs-used-chart'
import { yearEndHref } from '@/features/year-end/year-end-page'
import { CoFinancingForm } from './co-financing-form'
import { chartRows, FiguresTable } from './figures-table'
import { LedgerSection } from './ledger-section'
import { RemoveEntryButton } from './remove-entry-button'
import { ReportLinks } from './report-links'
import { RunKeyForm } from './run-key-form'
import { SpendingForm } from './spending-form'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'

/** The sections of the grant year page (/okonomi/[grantYearId]), in the page's order. */
type TYear = { year: TGrantYearDetail }

async function money() {
  const format = await getFormatter()
  return { format, nok: (ore: bigint) => format.number(oreToKroner(ore), NOK) }
}

/** Whether the actor decides in this year and it is still open: the forms of county governor staff. */
const decidesIn = (year: TGrantYearDetail) => year.canManage && year.status !== 'CLOSED'

/** The back link, the heading with the key's settings, and the year's five figures as cards. */
export async function GrantYearSummary({ year }: TYear) {
  const t = await getTranslations('Funding')
  const { format, nok } = await money()
  const figures = [
    { label: t('stateAmount'), value: nok(year.stateAmountOre) },
    { label: t('awarded'), value: nok(year.awardedOre) },
    { label: t('left'), value: nok(year.stateAmountOre - year.awardedOre) },
    { label: t('spent'), value: nok(totals(year.figures).spentOre) },
    { label: t('coFinancingRequired'), value: `${format.number(year.coFinancingBp / 100)} %` },
  ]
  return (
    <>
      <PageHeader title={t('yearHeading', { partnership: year.partnershipName, year: year.year })} back={{ href: '/okonomi', label: t('back') }}>
        <Paragraph>
          {t('keySettings', { base: nok(year.keyBasePerOwnerOre), fte: year.keyFteWeight, pupils: year.keyPupilWeight })} ·{' '}
          {t(`statuses.${year.status}`)}
        </Paragraph>
      </PageHeader>

      <FigureGrid figures={figures} kind="amount" />
    </>
  )
}

/** Per recipient: awarded, spent and co-financing, with the chart and the report downloads. */
export async function FiguresSection({ year }: TYear) {
  const t = await getTranslations('Funding')
  const below = year.figures.filter((r) => r.belowCoFinancing)
  const awarded = year.figures.filter((r) => r.awardedOre > 0n)
  return (
    <Section id="figures" heading={t('figuresHeading')}>
      {year.figures.length === 0 ? (
        <Paragraph>{t('noFigures')}</Paragraph>
      ) : (
        <>
          {below.length > 0 && <Paragraph>{t('belowSummary', { count: below.length, names: below.map((r) => r.recipientName).join(', ') })}</Paragraph>}
          <FiguresTable rows={year.figures} caption={t('figuresCaption')} closed={year.status === 'CLOSED'} />
          {awarded.length > 0 && <AwardedVsUsedChart rows={chartRows(awarded)} labels={{ title: t('chartTitle'), awarded: t('awarded'), spent: t('spent') }} />}
        </>
      )}
      <ReportLinks grantYearId={year.id} />
      {year.reporting.recipients.map((r) => (
        <ReportLinks key={r.id} grantYearId={year.id} recipient={r} />
      ))}
    </Section>
  )
}

/** The allocation table with its sums, and for those who decide: run the key, adjust the table. */
export async function AllocationSection({ year }: TYear) {
  const t = await getTranslations('Funding')
  const { nok } = await money()
  return (
    <Section id="allocation" heading={t('allocationHeading')}>
      <DataTable
        caption={t('allocationCaption')}
        rows={year.allocations}
        empty={t('noAllocation')}
        columns={[
          { header: t('owner'), cell: (a) => a.ownerName },
          { header: t('computed'), numeric: true, cell: (a) => nok(a.computedOre) },
          { header: t('adjusted'), numeric: true, cell: (a) => nok(a.adjustedOre) },
          { header: t('reason'), cell: (a) => a.adjustReason ?? '' },
        ]}
        foot={
          <TableRow>
            <TableHeaderCell>{t('sum')}</TableHeaderCell>
            <TableCell className="text-right">{nok(year.allocations.reduce((a, r) => a + r.computedOre, 0n))}</TableCell>
            <TableCell className="text-right">{nok(year.allocations.reduce((a, r) => a + r.adjustedOre, 0n))}</TableCell>
            <TableCell />
          </TableRow>
        }
      />
      {decidesIn(year) && <RunKeyForm grantYearId={year.id} hasTable={year.allocations.length > 0} />}
      {decidesIn(year) && year.allocations.length > 0 && (
        <Disclosure summary={t('adjustHeading')}>
          <AdjustAllocationsForm grantYearId={year.id} rows={year.allocations.map((a) => ({ id: a.id, ownerName: a.ownerName, adjustedKroner: kronerForInput(a.adjustedOre) }))} />
        </Disclosure>
      )}
    </Section>
  )
}

/** The awards given in the year, and for those who decide the form for a new one. */
export async function AwardsSection({ year }: TYear) {
  const t = await getTranslations('Funding')
  const { format, nok } = await money()
  return (
    <Section id="awards" heading={t('awardsHeading')}>
      <DataTable
        caption={t('awardsCaption')}
        rows={year.awards}
        empty={t('noAwards')}
        columns={[
          { header: t('recipient'), cell: (a) => a.recipientName },
          { header: t('awardedOn'), cell: (a) => format.dateTime(a.awardedOn, { dateStyle: 'medium' }) },
          { header: t('decision'), cell: (a) => a.decisionReference ?? '–' },
          { header: t('amount'), numeric: true, cell: (a) => nok(a.amountOre) },
        ]}
      />
      {decidesIn(year) && <AwardForm grantYearId={year.id} recipients={year.recipients} decisions={year.decisions} idempotencyKey={randomUUID()} />}
    </Section>
  )
}

/** The owners' co-financing entries, each removable by its own owner, and the form for a new one. */
export async function CoFinancingSection({ year }: TYear) {
  const t = await getTranslations('Funding')
  const { format, nok } = await money()
  const hours = (centi: number) => format.number(centi / 100, { maximumFractionDigits: 2 })
  return (
    <LedgerSection
      id="co-financing"
      heading={t('coFinancingHeading')}
      empty={t('noCoFinancing')}
      caption={t('coFinancingCaption')}
      columns={[{ label: t('owner') }, { label: t('coFinancingKind') }, { label: t('description') }, { label: t('amount'), numeric: true }, { label: t('actions'), srOnly: true }]}
      rows={year.coFinancings.map((c) => ({
        key: c.id,
        cells: [
          c.ownerName,
          c.kind === 'STAFF_TIME' && c.hoursCenti !== null && c.hourlyRateOre !== null
            ? t('staffTimeDetail', { hours: hours(c.hoursCenti), rate: nok(c.hourlyRateOre) })
            : t(`kinds.${c.kind}`),
          c.description,
          nok(c.amountOre),
          c.removable && <RemoveEntryButton entry="coFinancing" id={c.id} label={`${c.ownerName}, ${c.description}, ${nok(c.amountOre)}`} />,
        ],
      }))}
      form={
        year.reporting.owners.length > 0
          ? { summary: t('newCoFinancing'), node: <CoFinancingForm grantYearId={year.id} owners={year.reporting.owners} requiredPercent={year.coFinancingBp / 100} /> }
          : null
      }
    />
  )
}

/** The state funds used, newest first, each removable by its own recipient, and the form for new spending. */
export async function SpendingSection({ year }: TYear) {
  const t = await getTranslations('Funding')
  const { format, nok } = await money()
  return (
    <LedgerSection
      id="spending"
      heading={t('spendingHeading')}
      empty={t('noSpending')}
      caption={t('spendingCaption')}
      columns={[{ label: t('spentOn') }, { label: t('spentBy') }, { label: t('measure') }, { label: t('description') }, { label: t('amount'), numeric: true }, { label: t('actions'), srOnly: true }]}
      rows={year.spendings.map((x) => ({
        key: x.id,
        cells: [
          format.dateTime(x.spentOn, { dateStyle: 'medium' }),
          x.recipientName,
          x.measureTitle ?? '–',
          x.description,
          nok(x.amountOre),
          x.removable && <RemoveEntryButton entry="spending" id={x.id} label={`${x.recipientName}, ${x.description}, ${nok(x.amountOre)}`} />,
        ],
      }))}
      form={
        year.reporting.recipients.length > 0
          ? {
              summary: t('newSpending'),
              node: <SpendingForm grantYearId={year.id} recipients={year.reporting.recipients} measures={year.reporting.measures} today={new Date().toISOString().slice(0, 10)} />,
            }
          : null
      }
    />
  )
}

/** Closing the year, for those who decide while it is open. */
/** The way to the year's end (unused money, closing behind a confirmation, reopening): its own page. */
export async function CloseSection({ year }: TYear) {
  const t = await getTranslations('YearEnd')
  return (
    <Section id="close" heading={t('pageTitle')}>
      <Paragraph>
        <Link href={yearEndHref(year.id)} className="ds-link">
          {t('link')}
        </Link>
      </Paragraph>
    </Section>
  )
}
