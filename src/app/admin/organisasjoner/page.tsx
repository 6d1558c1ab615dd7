import { getTranslations } from 'next-intl/server'
import { DataTable, type TColumn } from '@/components/ui/data-table'
import { AddOrganisationForm } from '@/features/organisations/components/add-organisation-form'
import { getOrganisationAdmin, type TOrganisationAdmin } from '@/features/organisations/list-organisations'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Organisations', 'title')

// Note: checked here and again in getOrganisationAdmin and in the action's use case.
export default definePage({ route: '/admin/organisasjoner', permission: 'manage:organisations', noAccess: { namespace: 'Organisations' }, messages: clientMessages('Organisations') }, async ({ actor, db }) => {
  const t = await getTranslations('Organisations')
  const admin = await getOrganisationAdmin(db, actor)
  const columns: TColumn<TOrganisationAdmin['organisations'][number]>[] = [
    { header: t('name'), cell: (o) => (o.shortName && o.shortName !== o.name ? `${o.name} (${o.shortName})` : o.name) },
    { header: t('kind'), cell: (o) => (o.memberType ? t(`kinds.${o.memberType}`) : '–') },
    { header: t('county'), cell: (o) => o.countyName ?? t('national') },
  ]
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title')} lead={t('lead')} />
      <Section id="add" heading={t('addHeading')}>
        <AddOrganisationForm counties={admin.counties} />
      </Section>
      <Section id="list" heading={t('listHeading')}>
        <DataTable caption={t('caption')} rows={admin.organisations} columns={columns} empty={t('none')} />
      </Section>
    </div>
  )
})
