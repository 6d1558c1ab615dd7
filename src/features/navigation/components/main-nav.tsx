import { getTranslations } from 'next-intl/server'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { NAVIGATION_AREAS } from '../areas'
import { NavLinks } from './nav-links'

/**
 * The main navigation: the work areas the logged-in person may open (issue 21). On wide screens a
 * row of links; on narrow ones the same links behind a "Meny" button (a <details>, so it opens with
 * keyboard and without JavaScript). Nothing for a visitor who is not logged in.
 */
export async function MainNav() {
  const actor = await getActor()
  if (!actor) return null
  const t = await getTranslations('Navigation')
  const links = NAVIGATION_AREAS.filter((area) => can(actor, area.permission)).map((area) => ({
    href: area.href,
    label: t(area.label),
  }))
  if (links.length === 0) return null
  return (
    <nav aria-label={t('label')} className="mx-auto max-w-6xl px-4 pb-2">
      <details className="md:hidden">
        <summary className="ds-button inline-flex cursor-pointer" data-variant="secondary" data-size="sm">
          {t('menu')}
        </summary>
        <NavLinks links={links} className="m-0 mt-2 grid list-none gap-1 p-0" />
      </details>
      <NavLinks links={links} className="m-0 hidden list-none flex-wrap gap-x-5 gap-y-1 p-0 md:flex" />
    </nav>
  )
}
