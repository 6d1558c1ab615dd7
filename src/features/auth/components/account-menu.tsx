import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { signOutAction } from '../actions'
import { getActor } from '@/server/auth'

/** Log-in link, or the person's name with links to their overview and to log out. */
export async function AccountMenu() {
  const t = await getTranslations('Layout')
  const actor = await getActor()
  if (!actor) {
    return (
      <Link href="/logg-inn" className="ds-link">
        {t('signIn')}
      </Link>
    )
  }
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <span className="text-sm">{t('signedInAs', { name: actor.name })}</span>
      {/* On a phone the main menu's own "Oversikt" is the way there; one row less in the header. */}
      <Link href="/oversikt" className="ds-link hidden md:inline">
        {t('dashboard')}
      </Link>
      <form action={signOutAction}>
        <button type="submit" className="ds-button" data-variant="tertiary" data-size="sm">
          {t('signOut')}
        </button>
      </form>
    </div>
  )
}
