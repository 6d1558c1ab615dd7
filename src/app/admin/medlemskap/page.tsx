import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Alert, Heading, Paragraph, Search, SearchButton, SearchInput } from '@digdir/designsystemet-react'
import { InviteForm } from '@/features/memberships/components/invite-form'
import { MembershipTable } from '@/features/memberships/components/membership-table'
import { getMembershipAdmin } from '@/features/memberships/list-memberships'
import { definePage } from '@/server/usecase/define-page'
import { clientMessages } from '@/i18n/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Admin')
  return { title: t('title') }
}

// Note: checked here and again in getMembershipAdmin and in every action's use case.
export default definePage({ route: '/admin/medlemskap', permission: 'manage:membership', noAccess: { namespace: 'Admin' }, messages: clientMessages('Admin', 'Roles') }, async ({ actor, db, searchParams }) => {
  const t = await getTranslations('Admin')
  const q = typeof searchParams.q === 'string' ? searchParams.q : undefined
  const admin = await getMembershipAdmin(db, actor, { q })

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('lead')}</Paragraph>
      </div>
      {searchParams.status === 'ended' && (
        <Alert data-color="success" role="status">
          {t('done.ended')}
        </Alert>
      )}

      <section aria-labelledby="invite" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="invite">
          {t('inviteHeading')}
        </Heading>
        <InviteForm roles={admin.grantableRoles} options={admin.options} />
      </section>

      <section aria-labelledby="memberships" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="memberships">
          {t('listHeading')}
        </Heading>
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
      </section>
    </div>
  )
})
