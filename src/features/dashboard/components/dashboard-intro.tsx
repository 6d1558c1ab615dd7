import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { can, type Actor } from '@/server/authz/actor'
import { PageHeader } from '@/components/ui/page-header'

// The school-development pages, in the order of the yearly cycle, for whoever may open them.
const WORK_AREAS = [
  { key: 'surveys', href: '/kartlegging', permission: 'read:survey-results' },
  { key: 'assessment', href: '/egenvurdering', permission: 'read:assessment' },
  { key: 'needs', href: '/behov', permission: 'read:needs' },
  { key: 'orders', href: '/bestillinger', permission: 'read:orders' },
  { key: 'measures', href: '/tiltak', permission: 'read:partnership' },
  { key: 'plans', href: '/planer', permission: 'read:partnership' },
  { key: 'visits', href: '/besok', permission: 'read:visits' },
  { key: 'networks', href: '/nettverk', permission: 'read:partnership' },
] as const

// The administration pages, each for whoever holds its permission.
const ADMIN_LINKS = [
  { key: 'fundingLink', href: '/okonomi', permission: 'read:funding' },
  { key: 'adminLink', href: '/admin/medlemskap', permission: 'manage:membership' },
  { key: 'staffLink', href: '/personale', permission: 'manage:staff' },
  { key: 'emailQueueLink', href: '/admin/epost', permission: 'manage:platform' },
  { key: 'feideRequestsLink', href: '/personale/foresporsler', permission: 'manage:staff' },
  { key: 'staffImportLink', href: '/personale/import', permission: 'manage:staff' },
  { key: 'unitImportLink', href: '/admin/enheter', permission: 'import:units' },
] as const

/** The heading and greeting, then the links to the pages this person may open. */
export async function DashboardIntro({ actor, name }: { actor: Actor; name: string }) {
  const t = await getTranslations('Dashboard')
  const workAreas = WORK_AREAS.filter((area) => can(actor, area.permission))
  return (
    <PageHeader title={t('title')} lead={t('greeting', { name })}>
      {ADMIN_LINKS.filter((link) => can(actor, link.permission)).map((link) => (
        <Paragraph key={link.href}>
          <Link href={link.href} className="ds-link">
            {t(link.key)}
          </Link>
        </Paragraph>
      ))}
      {workAreas.length > 0 && (
        <nav aria-label={t('workAreas')}>
          <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-1 p-0">
            {workAreas.map((area) => (
              <li key={area.href}>
                <Link href={area.href} className="ds-link">
                  {t(`areas.${area.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </PageHeader>
  )
}
