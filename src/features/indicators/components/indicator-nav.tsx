import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { can, type Actor } from '@/server/authz/actor'

/** The indicator pages one may open: the overview, social background, lag (county governor) and import. */
export async function IndicatorNav({ actor }: { actor: Actor }) {
  const t = await getTranslations('Indicators')
  const links = [
    { href: '/indikatorer', label: t('navOverview') },
    { href: '/indikatorer/sosial-bakgrunn', label: t('navSocial') },
    ...(can(actor, 'read:indicator-lag') ? [{ href: '/indikatorer/etterslep', label: t('navLag') }] : []),
    ...(can(actor, 'import:indicators') ? [{ href: '/indikatorer/import', label: t('navImport') }] : []),
  ]
  return (
    <nav aria-label={t('navLabel')}>
      <ul className="m-0 flex list-none flex-wrap gap-4 p-0">
        {links.map((l) => (
          <li key={l.href}>
            <Link className="ds-link" href={l.href}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
