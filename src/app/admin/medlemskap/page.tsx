import { getTranslations } from 'next-intl/server'
import { Search, SearchButton, SearchInput } from '@digdir/designsystemet-react'
import { Alert, Paragraph } from '@/components/ui/ds-static'
import { InviteForm } from '@/features/memberships/components/invite-form'
import { MembershipTable } from '@/features/memberships/components/membership-table'
import { getMembershipAdmin } from '@/features/memberships/list-memberships'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Admin', 'title')

// Note: checked here and again in getMembershipAdmin and in every action's use case.
export default definePage({ route: '/admin/medlemskap', permission: 'manage:membership', noAccess: { namespace: 'Admin' }, messages: clientMessages('Admin', 'Roles') }, async ({ actor, db, searchParams }) => {
  const t = await getTranslations('Admin')
  const q = typeof searchParams.q === 'string' ? searchParams.q : undefined
  const admin = await getMembershipAdmin(db, actor, { q })

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title')} lead={t('lead')} />
      {searchParams.status === 'ended' && (
        <Alert data-color="success" role="status">
          {t('done.ended')}
        </Alert>
      )}

      <Section id="invite" heading={t('inviteHeading')}>
        <InviteForm roles={admin.grantableRoles} options={admin.options} />
      </Section>

      <Section id="memberships" heading={t('listHeading')}>
        <form role="search" action="/admin/medlemskap" className="max-w-md">
          <Search>
            <SearchInput name="q" defaultValue={q ?? ''} aria-label={t('search')} />
            <SearchButton>{t('searchButton')}</SearchButton>
          </Search>
        </form>
        <Paragraph data-size="sm" aria-live="polite">
          {admin.total > admin.memberships.length
            ? t('showingSome', { shown: admin.memberships.length, total: admin.total })
            : t('showingAll', { total: admin.total })}
        </Paragraph>
        <MembershipTable admin={admin} />
      </Section>
    </div>
  )
})
