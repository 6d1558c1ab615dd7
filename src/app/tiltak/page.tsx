import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { MeasureForm } from '@/features/measures/components/forms'
import { MeasureFilters, MeasuresTable } from '@/features/measures/components/measures-list'
import { OverviewTable } from '@/features/measures/components/overview-table'
import { getMeasures, MEASURES_PER_PAGE } from '@/features/measures/get-measures'
import { Pagination } from '@/components/ui/pagination'
import { ZPageNumber } from '@/lib/paging'
import { ZMeasureFilters } from '@/features/measures/schemas'
import { Disclosure } from '@/components/ui/disclosure'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Measures', 'measuresTitle')

// Note: checked here and again in getMeasures (permission and measureReadScope).
export default definePage({ route: '/tiltak', permission: 'read:partnership', noAccess: { namespace: 'Measures' }, messages: clientMessages('Development', 'Measures') }, async ({ actor, db, searchParams }) => {
  const t = await getTranslations('Measures')
  const filters = ZMeasureFilters.parse(searchParams)
  const { side: page } = ZPageNumber.parse(searchParams)
  const { measures, total, overview, years, forms } = await getMeasures(db, actor, filters, { page, pageSize: MEASURES_PER_PAGE })
  // The filters stay in every page's address.
  const query = Object.entries(filters).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('measuresTitle')} lead={t('measuresLead')} />

      {forms.map((options) => (
        <Disclosure key={options.partnershipId} summary={t('newMeasureIn', { partnership: options.partnershipName })}>
          <MeasureForm options={options} />
        </Disclosure>
      ))}

      <MeasureFilters filters={filters} years={years} />
      <MeasuresTable measures={measures} />
      <Pagination page={page} pageSize={MEASURES_PER_PAGE} total={total} href={(n) => `/tiltak?${new URLSearchParams([...query, ['side', String(n)]])}`} label={t('measuresPages')} />

      <Section id="overview-heading" heading={t('overviewHeading')} size="md">
        <Paragraph>{t('overviewLead')}</Paragraph>
        <OverviewTable cells={overview} />
      </Section>
    </div>
  )
})
