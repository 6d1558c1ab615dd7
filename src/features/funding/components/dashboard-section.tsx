import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@digdir/designsystemet-react'
import type { TFundingDashboardYear } from '../dashboard'
import { AwardedVsUsedChart } from './awarded-vs-used-chart'
import { chartRows, FiguresTable } from './figures-table'
import { Section, SubSection } from '@/components/ui/section'

/** The money part of the dashboard: per partnership its current year, awarded against used, with the chart. */
export async function FundingDashboardSection({ years }: { years: TFundingDashboardYear[] | null }) {
  if (!years || years.length === 0) return null
  const t = await getTranslations('Dashboard')
  return (
    <Section id="funding" heading={t('fundingHeading')} className="flex flex-col gap-4">
      {years.map((y) => (
        <FundingYear key={y.grantYearId} year={y} />
      ))}
    </Section>
  )
}

async function FundingYear({ year: y }: { year: TFundingDashboardYear }) {
  const t = await getTranslations('Dashboard')
  const tFunding = await getTranslations('Funding')
  const below = y.rows.filter((r) => r.belowCoFinancing).length
  const awarded = y.rows.filter((r) => r.awardedOre > 0n)
  const place = { partnership: y.partnershipName, year: y.year }
  return (
    <SubSection heading={t('fundingYear', place)}>
      <Paragraph>
        {below > 0 ? t('fundingBelow', { count: below }) : t('fundingAllMet')} ·{' '}
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
