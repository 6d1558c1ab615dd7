import type { Metadata } from 'next'
import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { CreateNetworkForm } from '@/features/networks/components/forms'
import { getNetworks } from '@/features/networks/get-networks'
import { DataTable } from '@/components/ui/data-table'
import { Disclosure } from '@/components/ui/disclosure'
import { OSLO } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { clientMessages } from '@/i18n/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Networks')
  return { title: t('title') }
}

// Note: checked here and again in getNetworks (permission and scope).
export default definePage({ route: '/nettverk', permission: 'read:partnership', noAccess: { namespace: 'Networks' }, messages: clientMessages('Networks') }, async ({ actor, db }) => {
  const t = await getTranslations('Networks')
  const format = await getFormatter()
  const { networks, canCreateIn } = await getNetworks(db, actor)

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('lead')}</Paragraph>
      </div>
      <DataTable
        caption={t('networksCaption')}
        rows={networks}
        rowKey={(n) => n.id}
        empty={t('noNetworks')}
        columns={[
          {
            header: t('network'),
            cell: (n) => (
              <>
                <Link href={`/nettverk/${n.id}`} className="ds-link">
                  {n.name}
                </Link>
                {n.mine && <span className="ml-2 text-sm">({t('mine')})</span>}
              </>
            ),
          },
          { header: t('type'), cell: (n) => t(`types.${n.type}`) },
          { header: t('partnership'), cell: (n) => n.partnershipName },
          { header: t('unitsCount'), numeric: true, cell: (n) => format.number(n.units) },
          { header: t('peopleCount'), numeric: true, cell: (n) => format.number(n.people) },
          {
            header: t('nextGathering'),
            cell: (n) => (n.nextGathering ? `${n.nextGathering.title}, ${format.dateTime(n.nextGathering.startsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })}` : t('none')),
          },
        ]}
      />
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
})
