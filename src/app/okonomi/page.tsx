import type { Metadata } from 'next'
import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { OpenGrantYearForm } from '@/features/funding/components/open-grant-year-form'
import { GRANT_YEARS_PER_PAGE, getFundingOverview } from '@/features/funding/get-funding-overview'
import { fundingDefaults } from '@/features/funding/settings'
import { Pagination } from '@/components/ui/pagination'
import { NOK, oreToKroner } from '@/lib/money'
import { ZPageNumber } from '@/lib/paging'
import { definePage } from '@/server/usecase/define-page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Funding')
  return { title: t('title') }
}

// Note: checked here and again in getFundingOverview and in every action's use case.
export default definePage({ route: '/okonomi', permission: 'read:funding', noAccess: { namespace: 'Funding' } }, async ({ actor, db, searchParams }) => {
  const t = await getTranslations('Funding')
  const format = await getFormatter()
  const { side: page } = ZPageNumber.parse(searchParams)
  const overview = await getFundingOverview(db, actor, { page, pageSize: GRANT_YEARS_PER_PAGE })
  const nok = (ore: bigint) => format.number(oreToKroner(ore), NOK)

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('lead')}</Paragraph>
      </div>
      <section aria-labelledby="years" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="years">
          {t('yearsHeading')}
        </Heading>
        {overview.grantYears.length === 0 ? (
          <Paragraph>{t('noYears')}</Paragraph>
        ) : (
          <Table zebra className="w-full">
            <caption className="text-left">{t('yearsCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('year')}</TableHeaderCell>
                <TableHeaderCell>{t('partnership')}</TableHeaderCell>
                <TableHeaderCell>{t('status')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('stateAmount')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('awarded')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('left')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {overview.grantYears.map((y) => (
                <TableRow key={y.id}>
                  <TableCell>
                    <Link href={`/okonomi/${y.id}`} className="ds-link">
                      {y.year}
                    </Link>
                  </TableCell>
                  <TableCell>{y.partnershipName}</TableCell>
                  <TableCell>{t(`statuses.${y.status}`)}</TableCell>
                  <TableCell className="text-right">{nok(y.stateAmountOre)}</TableCell>
                  <TableCell className="text-right">{nok(y.awardedOre)}</TableCell>
                  <TableCell className="text-right">{nok(y.stateAmountOre - y.awardedOre)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Pagination page={page} pageSize={GRANT_YEARS_PER_PAGE} total={overview.total} href={(n) => `/okonomi?side=${n}`} label={t('yearsPages')} />
      </section>
      {overview.openable.length > 0 && (
        <section aria-labelledby="open" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="open">
            {t('openHeading')}
          </Heading>
          <OpenGrantYearForm
            partnerships={overview.openable}
            defaults={{
              basePerOwnerKroner: String(oreToKroner(fundingDefaults.keyBasePerOwnerOre)),
              fteWeight: fundingDefaults.keyFteWeight,
              pupilWeight: fundingDefaults.keyPupilWeight,
              coFinancingPercent: fundingDefaults.coFinancingBp / 100,
            }}
          />
        </section>
      )}
    </div>
  )
})
