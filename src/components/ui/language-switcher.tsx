import { setLocale } from '@/i18n/actions'
import { locales, type Locale } from '@/i18n/locales'

const names: Record<Locale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' }

/** Plain form buttons, so switching language works without JavaScript too. */
export function LanguageSwitcher({ current, label }: { current: string; label: string }) {
  return (
    <form action={setLocale} aria-label={label} className="flex gap-2">
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="ds-button"
          data-variant={locale === current ? 'primary' : 'tertiary'}
          data-size="sm"
        >
          {names[locale]}
        </button>
      ))}
    </form>
  )
}
