import { getFormatter, getTranslations } from 'next-intl/server'
import { DataTable } from '@/components/ui/data-table'
import type { TMembershipAdmin } from '../list-memberships'
import { MembershipRowActions } from './membership-row-actions'

/** The active memberships the actor administers, each with its own change and end forms (none on their own). */
export async function MembershipTable({ admin }: { admin: TMembershipAdmin }) {
  const t = await getTranslations('Admin')
  const tRoles = await getTranslations('Roles')
  const format = await getFormatter()
  return (
    <DataTable
      caption={t('listCaption')}
      rows={admin.memberships}
      empty={null}
      columns={[
        {
          header: t('colPerson'),
          cell: (m) => (
            <>
              {m.personName}
              {m.email && <span className="block text-sm">{m.email}</span>}
            </>
          ),
        },
        { header: t('colRole'), cell: (m) => tRoles(m.role) },
        { header: t('colPlace'), cell: (m) => m.place ?? '–' },
        { header: t('colSince'), cell: (m) => format.dateTime(m.startsOn, { dateStyle: 'medium' }) },
        {
          header: t('colActions'),
          cell: (m) =>
            m.isSelf ? <span className="text-sm">{t('yourself')}</span> : <MembershipRowActions membershipId={m.id} role={m.role} roles={admin.grantableRoles} personName={m.personName} />,
        },
      ]}
    />
  )
}
