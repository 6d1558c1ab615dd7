import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { EditMeasure, MeasureFacts, MeasureSpending, MeasureUnits, MeasureVisits } from '@/features/measures/components/measure-detail'
import { getMeasure } from '@/features/measures/get-measure'
import { can } from '@/server/authz/actor'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Measures', 'measuresTitle')

// Note: checked here and again in getMeasure (measureReadScope; funding and visits by their own scopes).
export default definePage<{ measureId: string }>(
  { route: '/tiltak/[measureId]', permission: 'read:partnership', noAccess: { redirectTo: '/tiltak' }, messages: clientMessages('Development', 'Measures') },
  async ({ actor, db, params }) => {
    const m = await getMeasure(db, actor, params.measureId)
    // Another tenant's measure looks exactly like one that does not exist.
    if (!m) notFound()
    const t = await getTranslations('Measures')

    return (
      <div className="flex flex-col gap-8">
        <PageHeader title={m.title} back={{ href: '/tiltak', label: t('backToMeasures') }}>
          {m.description && <Paragraph className="whitespace-pre-line">{m.description}</Paragraph>}
        </PageHeader>
        <MeasureFacts m={m} />
        <MeasureUnits units={m.units} />
        {m.spending && <MeasureSpending spending={m.spending} />}
        {can(actor, 'read:visits') && <MeasureVisits visits={m.visits} />}
        {m.form && <EditMeasure m={m} form={m.form} />}
      </div>
    )
  },
)
