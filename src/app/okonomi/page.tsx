import { getFormatter, getTranslations } from 'next-intl/server'
import { DataTable } from '@/components/ui/data-table'
import { OpenGrantYearForm } from '@/features/funding/components/open-grant-year-form'
import { GRANT_YEARS_PER_PAGE, getFundingOverview } from '@/features/funding/get-funding-overview'
import { fundingDefaults } from '@/features/funding/settings'
import { Pagination } from '@/components/ui/pagination'
import { NOK, oreToKroner } from '@/lib/money'
import { ZPageNumber } from '@/lib/paging'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Funding', 'title')

// Note: checked here and again in getFundingOverview and in every action's use case.
export default definePage({ route: '/okonomi', permission: 'read:funding', noAccess: { namespace: 'Funding' }, messages: clientMessages('Funding') }, async ({ actor, db, searchParams }) => {
  const t = await getTranslations('Funding')
  const format = await getFormatter()
  const { side: page } = ZPageNumber.parse(searchParams)
  const overview = await getFundingOverview(db, actor, { page, pageSize: GRANT_YEARS_PER_PAGE })
  const nok = (ore: bigint) => format.number(oreToKroner(ore), NOK)

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title')} lead={t('lead')} />
      <Section id="years" heading={t('yearsHeading')}>
        <DataTable
          caption={t('yearsCaption')}
          rows={overview.grantYears}
          empty={t('noYears')}
          columns={[
            { header: t('year'), href: (y) => `/okonomi/${y.id}`, cell: (y) => y.year },
            { header: t('partnership'), cell: (y) => y.partnershipName },
            { header: t('status'), cell: (y) => t(`statuses.${y.status}`) },
            { header: t('stateAmount'), numeric: true, cell: (y) => nok(y.stateAmountOre) },
            { header: t('awarded'), numeric: true, cell: (y) => nok(y.awardedOre) },
            { header: t('left'), numeric: true, cell: (y) => nok(y.stateAmountOre - y.awardedOre) },
          ]}
        />
        <Pagination page={page} pageSize={GRANT_YEARS_PER_PAGE} total={overview.total} href={(n) => `/okonomi?side=${n}`} label={t('yearsPages')} />
      </Section>
      {overview.openable.length > 0 && (
        <Section id="open" heading={t('openHeading')}>
          <OpenGrantYearForm
            partnerships={overview.openable}
            defaults={{
              basePerOwnerKroner: String(oreToKroner(fundingDefaults.keyBasePerOwnerOre)),
              fteWeight: fundingDefaults.keyFteWeight,
              pupilWeight: fundingDefaults.keyPupilWeight,
              coFinancingPercent: fundingDefaults.coFinancingBp / 100,
            }}
          />
        </Section>
      )}
    </div>
  )
})
