import { getFormatter, getTranslations } from 'next-intl/server'
import { Alert, Paragraph } from '@/components/ui/ds-static'
import { DecideRequestForms } from '@/features/onboarding/components/decide-request-forms'
import { OwnerSettingForm } from '@/features/onboarding/components/owner-setting-form'
import { getOnboardingAdmin } from '@/features/onboarding/queries'
import { definePage } from '@/server/usecase/define-page'
import { clientMessages } from '@/i18n/client-messages'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { DataTable } from '@/components/ui/data-table'

export const generateMetadata = pageTitle('Onboarding', 'title')

// Note: checked here and again in getOnboardingAdmin and in each action's use case.
export default definePage({ route: '/personale/foresporsler', permission: 'manage:staff', noAccess: { namespace: 'Onboarding' }, messages: clientMessages('Onboarding') }, async ({ actor, db, searchParams }) => {
  const t = await getTranslations('Onboarding')
  const tRoles = await getTranslations('Roles')
  const format = await getFormatter()
  const admin = await getOnboardingAdmin(db, actor)
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title')} lead={t('lead')} />
      {(searchParams.status === 'approved' || searchParams.status === 'refused') && (
        <Alert data-color="success" role="status">
          {t(`done.${searchParams.status}`)}
        </Alert>
      )}
      <Section id="requests" heading={t('requestsHeading')}>
        <DataTable
          caption={t('requestsCaption', { count: admin.requests.length })}
          rows={admin.requests}
          empty={t('noRequests')}
          columns={[
            {
              header: t('colPerson'),
              cell: (r) => (
                <>
                  {r.personName}
                  {r.email && <span className="block text-sm">{r.email}</span>}
                </>
              ),
            },
            { header: t('colUnit'), cell: (r) => r.unitName },
            { header: t('colRole'), cell: (r) => tRoles(r.role) },
            { header: t('colAsked'), cell: (r) => format.dateTime(r.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Oslo' }) },
            { header: t('colDecide'), cell: (r) => <DecideRequestForms requestId={r.id} personName={r.personName} /> },
          ]}
        />
      </Section>
      {admin.owners.length > 0 && (
        <Section id="setting" heading={t('settingHeading')}>
          <Paragraph>{t('settingLead')}</Paragraph>
          {admin.owners.map((owner) => (
            <OwnerSettingForm key={owner.id} owner={owner} />
          ))}
        </Section>
      )}
    </div>
  )
})
