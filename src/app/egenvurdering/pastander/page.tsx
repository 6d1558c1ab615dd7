import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { AddStatementForm, CreateSetForm } from '@/features/assessment/components/forms'
import { getStatementSets } from '@/features/assessment/queries'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Assessment', 'setsTitle')

// Note: checked here and again in getStatementSets and in each action's use case (manage:development and scope).
export default definePage({ route: '/egenvurdering/pastander', permission: 'manage:development', noAccess: { namespace: 'Assessment', title: 'setsNoAccessTitle', text: 'setsNoAccessText' }, messages: clientMessages('Assessment', 'Development') }, async ({ actor, db }) => {
  const t = await getTranslations('Assessment')
  const { partnerships, sets } = await getStatementSets(db, actor)

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('setsTitle')} lead={t('setsLead')} />

      {sets.length === 0 && <Paragraph>{t('noSets')}</Paragraph>}
      {sets.map((s) => (
        <Section key={s.id} id={`set-${s.id}`} heading={s.name} form={{ summary: t('addStatementHeading', { set: s.name }), node: <AddStatementForm setId={s.id} /> }}>
          <Paragraph data-size="sm">
            {t('setFor', { kind: t(`unitKinds.${s.unitKind}`), partnership: s.partnershipName })} · {s.active ? t('active') : t('inactive')}
          </Paragraph>
          <DataTable
            caption={t('statementsCaption', { set: s.name })}
            className="w-full max-w-3xl"
            size="sm"
            rows={s.statements}
            empty={t('noStatements')}
            columns={[
              { header: t('number'), cell: (st) => st.position },
              { header: t('area'), cell: (st) => st.area },
              { header: t('statement'), cell: (st) => st.text },
            ]}
          />
        </Section>
      ))}

      {partnerships.length > 0 && (
        <Section id="new-set" heading={t('createSetHeading')}>
          <CreateSetForm partnerships={partnerships} />
        </Section>
      )}
    </div>
  )
})
