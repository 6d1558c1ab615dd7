import { getFormatter, getTranslations } from 'next-intl/server'
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import type { TMembershipAdmin } from '../list-memberships'
import { MembershipRowActions } from './membership-row-actions'

/** The active memberships the actor administers, each with its own change and end forms (none on their own). */
export async function MembershipTable({ admin }: { admin: TMembershipAdmin }) {
  const t = await getTranslations('Admin')
  const tRoles = await getTranslations('Roles')
  const format = await getFormatter()
  return (
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
  )
}
