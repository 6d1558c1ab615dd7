import { getTranslations } from 'next-intl/server'
import { PageHeader } from '@/components/ui/page-header'
import { DataTable, type TColumn } from '@/components/ui/data-table'
import { Section } from '@/components/ui/section'
import { IndicatorCredits } from '@/features/indicators/components/credits'
import { IndicatorNav } from '@/features/indicators/components/indicator-nav'
import { IndicatorUploadForm } from '@/features/indicators/components/indicator-upload-form'
import { listIndicatorImports, type TImportRow } from '@/features/indicators/queries'
import { clientMessages } from '@/i18n/client-messages'
import { pageTitle } from '@/i18n/page-title'
import { definePage } from '@/server/usecase/define-page'

export const generateMetadata = pageTitle('Indicators', 'importTitle')


// Note: the form's use case checks import:indicators again; the list is the platform's import log.
export default definePage({ route: '/indikatorer/import', permission: 'import:indicators', noAccess: { namespace: 'Indicators', title: 'importNoAccessTitle', text: 'importNoAccessText' }, messages: clientMessages('Indicators') }, async ({ actor, db }) => {
  const t = await getTranslations('Indicators')
  const imports = await listIndicatorImports(db, actor)
  const columns: TColumn<TImportRow>[] = [
    { header: t('importedFile'), cell: (r) => r.fileName },
    { header: t('importedSource'), cell: (r) => `${r.source === 'SSB' ? 'SSB' : 'Udir'} ${r.tableId}` },
    { header: t('importedYears'), cell: (r) => r.years.join(', ') },
    { header: t('importedCells'), numeric: true, cell: (r) => r.cellCount },
    { header: t('importedAt'), nowrap: true, cell: (r) => r.importedAt.toISOString().slice(0, 16).replace('T', ' ') },
  ]
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('importTitle')} lead={t('importLead')} />
      <IndicatorNav actor={actor} />
      <IndicatorUploadForm />
      <Section id="imports" heading={t('importsHeading')}>
        <DataTable caption={t('importsCaption')} rows={imports} columns={columns} empty={t('importsNone')} />
      </Section>
      <IndicatorCredits sources={['SSB', 'UDIR']} />
    </div>
  )
})
