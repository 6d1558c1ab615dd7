import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import {
  Alert,
  Heading,
  Paragraph,
  Search,
  SearchButton,
  SearchInput,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react'
import { InviteForm } from '@/features/memberships/components/invite-form'
import { MembershipRowActions } from '@/features/memberships/components/membership-row-actions'
import { getMembershipAdmin } from '@/features/memberships/list-memberships'
import { NoAccess } from '@/components/ui/no-access'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Admin')
  return { title: t('title') }
}

export default async function MembershipAdminPage({ searchParams }: { searchParams: Promise<{ q?: string; status?: string }> }) {
  // Note: checked here and again in getMembershipAdmin and in every action's use case.
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  const t = await getTranslations('Admin')
  const tRoles = await getTranslations('Roles')
  const format = await getFormatter()
  if (!can(actor, 'manage:membership')) {
    return <NoAccess title={t('noAccessTitle')} text={t('noAccessText')} />
  }
  const { q, status } = await searchParams
  const admin = await getMembershipAdmin(await getDb(), actor, { q })

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('lead')}</Paragraph>
      </div>
      {status === 'ended' && (
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
        <Table zebra className="w-full">
          <caption className="text-left">{t('listCaption')}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('colPerson')}</TableHeaderCell>
              <TableHeaderCell>{t('colRole')}</TableHeaderCell>
              <TableHeaderCell>{t('colPlace')}</TableHeaderCell>
              <TableHeaderCell>{t('colSince')}</TableHeaderCell>
              <TableHeaderCell>{t('colActions')}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {admin.memberships.map((m) => (
              <TableRow key={m.id}>
                <TableCell>
                  {m.personName}
                  {m.email && <span className="block text-sm">{m.email}</span>}
                </TableCell>
                <TableCell>{tRoles(m.role)}</TableCell>
                <TableCell>{m.place ?? '–'}</TableCell>
                <TableCell>{format.dateTime(m.startsOn, { dateStyle: 'medium' })}</TableCell>
                <TableCell>
                  {m.isSelf ? (
                    <span className="text-sm">{t('yourself')}</span>
                  ) : (
                    <MembershipRowActions membershipId={m.id} role={m.role} roles={admin.grantableRoles} personName={m.personName} />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </div>
  )
}
