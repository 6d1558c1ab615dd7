import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { getForums } from '@/features/forum/queries'
import { NoAccess } from '@/components/ui/no-access'
import { OSLO } from '@/lib/oslo-time'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Forum')
  return { title: t('title') }
}

export default async function ForumsPage() {
  // Note: checked here and again in getForums (permission and scope).
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  const t = await getTranslations('Forum')
  const format = await getFormatter()
  if (!can(actor, 'read:forum')) return <NoAccess title={t('noAccessTitle')} text={t('noAccessText')} />
  const forums = await getForums(await getDb(), actor)

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('lead')}</Paragraph>
      </div>
      {forums.length === 0 ? (
        <Paragraph>{t('noForums')}</Paragraph>
      ) : (
        <Table zebra className="w-full">
          <caption className="text-left">{t('forumsCaption')}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('forum')}</TableHeaderCell>
              <TableHeaderCell>{t('nextMeeting')}</TableHeaderCell>
              <TableHeaderCell className="text-right">{t('openItems')}</TableHeaderCell>
              <TableHeaderCell>{t('journalLink')}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {forums.map((f) => (
              <TableRow key={f.id}>
                <TableCell>
                  <Link href={`/forum/${f.id}`} className="ds-link">
                    {f.name}
                  </Link>
                </TableCell>
                <TableCell>
                  {f.nextMeeting ? `${f.nextMeeting.title}, ${format.dateTime(f.nextMeeting.startsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })}` : t('none')}
                </TableCell>
                <TableCell className="text-right">{format.number(f.openItems)}</TableCell>
                <TableCell>
                  <Link href={`/vedtak/${f.partnershipSlug}`} className="ds-link">
                    {t('journalHeading', { partnership: f.partnershipName })}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  )
}
