import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import type { TNeedsDashboard } from '../dashboard'
import { ThemeSummaryTable } from './theme-summary-table'
import { Section, SubSection } from '@/components/ui/section'

/** Orders or reports, each linked to its page, with what it is about in brackets. */
function LinkedList({ items }: { items: { id: string; href: string; title: string; about: string }[] }) {
  return (
    <ul className="list-disc pl-6">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={item.href} className="ds-link">
            {item.title}
          </Link>{' '}
          ({item.about})
        </li>
      ))}
    </ul>
  )
}

/** Reports listed on the dashboard: a county's year has hundreds (issue 14); the summary by theme counts them all. */
const DASHBOARD_REPORTS = 10

/** The dashboard's needs and orders piece: what waits for the actor, this year's reports and themes, agreed orders against delivery. */
export async function NeedsDashboardSection({ data }: { data: TNeedsDashboard | null }) {
  if (!data || (data.reports.length === 0 && data.waiting.length === 0 && data.agreed.length === 0)) return null
  const t = await getTranslations('Needs')
  return (
    <Section id="needs-dashboard" heading={t('dashboardHeading')} className="flex flex-col gap-4">
      {data.waiting.length > 0 && (
        <SubSection heading={t('dashboardWaiting')} className="">
          <LinkedList items={data.waiting.map((o) => ({ id: o.id, href: `/bestillinger/${o.id}`, title: o.title, about: `${o.universityName}, ${t(`orderStatuses.${o.status}`)}` }))} />
        </SubSection>
      )}
      {data.reports.length > 0 && (
        <SubSection heading={t('dashboardReports', { year: data.year })} className="">
          {/* The first ten (drafts first): all of them are on /behov, linked below. */}
          <LinkedList items={data.reports.slice(0, DASHBOARD_REPORTS).map((r) => ({ id: r.id, href: `/behov/${r.id}`, title: r.title, about: `${r.partnershipName}, ${t(`reportStatuses.${r.status}`)}` }))} />
        </SubSection>
      )}
      {data.themes.length > 0 && (
        <ThemeSummaryTable caption={t('dashboardThemesCaption', { year: data.year })} rows={data.themes} />
      )}
      {data.agreed.length > 0 && <AgreedOrdersTable agreed={data.agreed} />}
      <Paragraph data-size="sm">
        {data.readsNeeds && (
          <Link href="/behov" className="ds-link">
            {t('reportsTitle')}
          </Link>
        )}
        {data.readsNeeds && data.readsOrders && ' · '}
        {data.readsOrders && (
          <Link href="/bestillinger" className="ds-link">
            {t('ordersTitle')}
          </Link>
        )}
      </Paragraph>
    </Section>
  )
}

/** Agreed orders with the hours agreed against those delivered so far. */
async function AgreedOrdersTable({ agreed }: { agreed: TNeedsDashboard['agreed'] }) {
  const t = await getTranslations('Needs')
  const format = await getFormatter()
  return (
    <DataTable
      caption={t('dashboardAgreedCaption')}
      rows={agreed}
      empty={null}
      columns={[
        { header: t('orderTitle'), href: (o) => `/bestillinger/${o.id}`, cell: (o) => o.title },
        { header: t('university'), cell: (o) => o.universityName },
        { header: t('hoursOfferedShort'), numeric: true, cell: (o) => format.number(o.agreedHours) },
        { header: t('hoursDeliveredShort'), numeric: true, cell: (o) => format.number(o.deliveredHours) },
      ]}
    />
  )
}
