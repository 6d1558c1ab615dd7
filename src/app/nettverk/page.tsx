import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { CreateNetworkForm } from '@/features/networks/components/forms'
import { getNetworks } from '@/features/networks/get-networks'
import { DataTable } from '@/components/ui/data-table'
import { Disclosure } from '@/components/ui/disclosure'
import { OSLO } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('Networks', 'title')

// Note: checked here and again in getNetworks (permission and scope).
export default definePage({ route: '/nettverk', permission: 'read:partnership', noAccess: { namespace: 'Networks' }, messages: clientMessages('Networks') }, async ({ actor, db }) => {
  const t = await getTranslations('Networks')
  const format = await getFormatter()
  const { networks, canCreateIn } = await getNetworks(db, actor)

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title')} lead={t('lead')} />
      <DataTable
        caption={t('networksCaption')}
        rows={networks}
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
        <Section id="create" heading={t('createHeading')}>
          <Disclosure summary={t('createHeading')} initiallyOpen={networks.length === 0}>
            <CreateNetworkForm partnerships={canCreateIn} />
          </Disclosure>
        </Section>
      )}
    </div>
  )
})
