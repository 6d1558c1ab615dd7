import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { MeasureForm } from '@/features/measures/components/forms'
import { MeasureFilters, MeasuresTable } from '@/features/measures/components/measures-list'
import { OverviewTable } from '@/features/measures/components/overview-table'
import { getMeasures } from '@/features/measures/get-measures'
import { ZMeasureFilters } from '@/features/measures/schemas'
import { Disclosure } from '@/components/ui/disclosure'
import { definePage } from '@/server/usecase/define-page'
import { clientMessages } from '@/i18n/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Measures')
  return { title: t('measuresTitle') }
}

// Note: checked here and again in getMeasures (permission and measureReadScope).
export default definePage({ route: '/tiltak', permission: 'read:partnership', noAccess: { namespace: 'Measures' }, messages: clientMessages('Development', 'Measures') }, async ({ actor, db, searchParams }) => {
  const t = await getTranslations('Measures')
  const filters = ZMeasureFilters.parse(searchParams)
  const { measures, overview, years, forms } = await getMeasures(db, actor, filters)

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('measuresTitle')}
        </Heading>
        <Paragraph>{t('measuresLead')}</Paragraph>
      </div>

      {forms.map((options) => (
        <Disclosure key={options.partnershipId} summary={t('newMeasureIn', { partnership: options.partnershipName })}>
          <MeasureForm options={options} />
        </Disclosure>
      ))}

      <MeasureFilters filters={filters} years={years} />
      <MeasuresTable measures={measures} />

      <section aria-labelledby="overview-heading" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="overview-heading">
          {t('overviewHeading')}
        </Heading>
        <Paragraph>{t('overviewLead')}</Paragraph>
        <OverviewTable cells={overview} />
      </section>
    </div>
  )
})
