import type { Metadata } from 'next'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Alert, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { DecideRequestForms } from '@/features/onboarding/components/decide-request-forms'
import { OwnerSettingForm } from '@/features/onboarding/components/owner-setting-form'
import { getOnboardingAdmin } from '@/features/onboarding/queries'
import { definePage } from '@/server/usecase/define-page'
import { clientMessages } from '@/i18n/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Onboarding')
  return { title: t('title') }
}

// Note: checked here and again in getOnboardingAdmin and in each action's use case.
export default definePage({ route: '/personale/foresporsler', permission: 'manage:staff', noAccess: { namespace: 'Onboarding' }, messages: clientMessages('Onboarding') }, async ({ actor, db, searchParams }) => {
  const t = await getTranslations('Onboarding')
  const tRoles = await getTranslations('Roles')
  const format = await getFormatter()
  const admin = await getOnboardingAdmin(db, actor)
  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('lead')}</Paragraph>
      </div>
      {(searchParams.status === 'approved' || searchParams.status === 'refused') && (
        <Alert data-color="success" role="status">
          {t(`done.${searchParams.status}`)}
        </Alert>
      )}
      <section aria-labelledby="requests" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="requests">
          {t('requestsHeading')}
        </Heading>
        {admin.requests.length === 0 ? (
          <Paragraph>{t('noRequests')}</Paragraph>
        ) : (
          <Table zebra className="w-full">
            <caption className="text-left">{t('requestsCaption', { count: admin.requests.length })}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('colPerson')}</TableHeaderCell>
                <TableHeaderCell>{t('colUnit')}</TableHeaderCell>
                <TableHeaderCell>{t('colRole')}</TableHeaderCell>
                <TableHeaderCell>{t('colAsked')}</TableHeaderCell>
                <TableHeaderCell>{t('colDecide')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {admin.requests.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>
                    {r.personName}
                    {r.email && <span className="block text-sm">{r.email}</span>}
                  </TableCell>
                  <TableCell>{r.unitName}</TableCell>
                  <TableCell>{tRoles(r.role)}</TableCell>
                  <TableCell>{format.dateTime(r.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Oslo' })}</TableCell>
                  <TableCell>
                    <DecideRequestForms requestId={r.id} personName={r.personName} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      {admin.owners.length > 0 && (
        <section aria-labelledby="setting" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="setting">
            {t('settingHeading')}
          </Heading>
          <Paragraph>{t('settingLead')}</Paragraph>
          {admin.owners.map((owner) => (
            <OwnerSettingForm key={owner.id} owner={owner} />
          ))}
        </section>
      )}
    </div>
  )
})
