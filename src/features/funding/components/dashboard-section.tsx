import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph, Tag } from '@/components/ui/ds-static'
import type { TFundingDashboardYear } from '../dashboard'
import { totals } from '../summary'
import { NOK, oreToKroner } from '@/lib/money'
import { DataTable } from '@/components/ui/data-table'
import { AwardedVsUsedChart } from './awarded-vs-used-chart'
import { chartRows, FiguresTable } from './figures-table'
import { Section, SubSection } from '@/components/ui/section'

/**
 * The money part of the dashboard. Those who oversee partnerships (county governor, secretariat)
 * get one row per partnership's current year, with how many owners are below the co-financing:
 * each recipient is on the grant year's own page, so the dashboard stays short whatever the number
 * of owners (issue 14: a county's dashboard listed every recipient of ten partnerships; issue 21:
 * no wide tables on the dashboard). An owner or UH partner sees its own rows.
 */
export async function FundingDashboardSection({ years }: { years: TFundingDashboardYear[] | null }) {
  if (!years || years.length === 0) return null
  const t = await getTranslations('Dashboard')
  const overseen = years.filter((y) => y.overseen)
  return (
    <Section id="funding" heading={t('fundingHeading')} className="flex flex-col gap-4">
      {overseen.length > 0 && <OverseenYears years={overseen} />}
      {years
        .filter((y) => !y.overseen)
        .map((y) => (
          <FundingYear key={y.grantYearId} year={y} />
        ))}
    </Section>
  )
}

async function OverseenYears({ years }: { years: TFundingDashboardYear[] }) {
  const t = await getTranslations('Dashboard')
  const tFunding = await getTranslations('Funding')
  const format = await getFormatter()
  const nok = (ore: bigint) => format.number(oreToKroner(ore), NOK)
  const rows = years.map((y) => {
    const owners = y.rows.filter((r) => r.isOwner && r.awardedOre > 0n)
    return { ...y, id: y.grantYearId, name: t('fundingYear', { partnership: y.partnershipName, year: y.year }), sum: totals(y.rows), owners: owners.length, below: owners.filter((r) => r.belowCoFinancing).length }
  })
  const awarded = rows.filter((r) => r.sum.awardedOre > 0n)
  return (
    <>
      <DataTable
        caption={t('fundingOverseenCaption')}
        rows={rows}
        empty={null}
        columns={[
          { header: tFunding('partnership'), rowHeader: true, href: (r) => `/okonomi/${r.id}`, cell: (r) => r.name },
          { header: tFunding('awarded'), numeric: true, nowrap: true, cell: (r) => nok(r.sum.awardedOre) },
          { header: tFunding('spent'), numeric: true, nowrap: true, cell: (r) => nok(r.sum.spentOre) },
          { header: tFunding(years.every((y) => y.closed) ? 'unused' : 'remaining'), numeric: true, nowrap: true, cell: (r) => nok(r.sum.remainingOre) },
          {
            header: tFunding('coFinancingStatus'),
            // "Met" only where owners have awards to co-finance: nothing is shown as met at 0 kr.
            cell: (r) => (r.owners === 0 ? '–' : r.below > 0 ? <Tag data-color="warning">{t('fundingBelow', { count: r.below })}</Tag> : <Tag data-color="success">{t('fundingOwnersMet', { count: r.owners })}</Tag>),
          },
        ]}
      />
      {awarded.length > 0 && (
        <AwardedVsUsedChart
          rows={awarded.map((r) => ({ name: r.name, awarded: oreToKroner(r.sum.awardedOre), spent: oreToKroner(r.sum.spentOre) }))}
          labels={{ title: t('fundingOverseenChart'), awarded: tFunding('awarded'), spent: tFunding('spent') }}
        />
      )}
    </>
  )
}

async function FundingYear({ year: y }: { year: TFundingDashboardYear }) {
  const t = await getTranslations('Dashboard')
  const tFunding = await getTranslations('Funding')
  const awarded = y.rows.filter((r) => r.awardedOre > 0n)
  const place = { partnership: y.partnershipName, year: y.year }
  return (
    <SubSection heading={t('fundingYear', place)}>
      <Paragraph>
        <Link href={`/okonomi/${y.grantYearId}`} className="ds-link">
          {t('fundingYearLink', place)}
        </Link>
      </Paragraph>
      <FiguresTable rows={y.rows} caption={t('fundingCaption', place)} closed={y.closed} />
      {awarded.length > 0 && (
        <AwardedVsUsedChart rows={chartRows(awarded)} labels={{ title: `${tFunding('chartTitle')} – ${t('fundingYear', place)}`, awarded: tFunding('awarded'), spent: tFunding('spent') }} />
      )}
    </SubSection>
  )
}
