import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { CreateNetworkForm } from '@/features/networks/components/forms'
import { getNetworks } from '@/features/networks/queries'
import { Disclosure } from '@/components/ui/disclosure'
import { NoAccess } from '@/components/ui/no-access'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { OSLO } from '@/lib/oslo-time'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Networks')
  return { title: t('title') }
}

export default async function NetworksPage() {
  // Note: checked here and again in getNetworks (permission and scope).
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  const t = await getTranslations('Networks')
  const format = await getFormatter()
  if (!can(actor, 'read:partnership')) return <NoAccess title={t('noAccessTitle')} text={t('noAccessText')} />
  const { networks, canCreateIn } = await getNetworks(await getDb(), actor)

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('lead')}</Paragraph>
      </div>
      {networks.length === 0 ? (
        <Paragraph>{t('noNetworks')}</Paragraph>
      ) : (
        <ScrollRegion label={t('networksCaption')}>
          <Table zebra className="w-full">
            <caption className="text-left">{t('networksCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('network')}</TableHeaderCell>
                <TableHeaderCell>{t('type')}</TableHeaderCell>
                <TableHeaderCell>{t('partnership')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('unitsCount')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('peopleCount')}</TableHeaderCell>
                <TableHeaderCell>{t('nextGathering')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {networks.map((n) => (
                <TableRow key={n.id}>
                  <TableCell>
                    <Link href={`/nettverk/${n.id}`} className="ds-link">
                      {n.name}
                    </Link>
                    {n.mine && <span className="ml-2 text-sm">({t('mine')})</span>}
                  </TableCell>
                  <TableCell>{t(`types.${n.type}`)}</TableCell>
                  <TableCell>{n.partnershipName}</TableCell>
                  <TableCell className="text-right">{format.number(n.units)}</TableCell>
                  <TableCell className="text-right">{format.number(n.people)}</TableCell>
                  <TableCell>{n.nextGathering ? `${n.nextGathering.title}, ${format.dateTime(n.nextGathering.startsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })}` : t('none')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      {canCreateIn.length > 0 && (
        <section aria-labelledby="create" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="create">
            {t('createHeading')}
          </Heading>
          <Disclosure summary={t('createHeading')} initiallyOpen={networks.length === 0}>
            <CreateNetworkForm partnerships={canCreateIn} />
          </Disclosure>
        </section>
      )}
    </div>
  )
}
