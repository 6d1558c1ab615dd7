import type { TErrorTexts } from '@/components/ui/error-texts'

type TLanguage = 'nb' | 'nn' | 'en'

/**
 * The error page's texts built in, for global-error.tsx: it replaces the root layout when that
 * fails, so neither next-intl nor the layout's ErrorTexts is there. The same words as `Errors.*`
 * in messages/*.json (global-error-texts.test.ts keeps them equal).
 */
export const errorTextsByLanguage: Record<TLanguage, TErrorTexts> = {
  nb: {
    title: 'Noe gikk galt',
    text: 'Siden kunne ikke vises på grunn av en feil hos oss. Prøv igjen om litt. Hvis feilen fortsetter, oppgi referansen under når du tar kontakt.',
    reference: 'Referanse',
    tryAgain: 'Prøv igjen',
    backHome: 'Gå til forsiden',
  },
  nn: {
    title: 'Noko gjekk gale',
    text: 'Sida kunne ikkje visast på grunn av ein feil hos oss. Prøv igjen om litt. Om feilen held fram, oppgje referansen under når du tek kontakt.',
    reference: 'Referanse',
    tryAgain: 'Prøv igjen',
    backHome: 'Gå til framsida',
  },
  en: {
    title: 'Something went wrong',
    text: 'The page could not be shown because of an error on our side. Try again in a moment. If the error persists, give the reference below when you contact us.',
    reference: 'Reference',
    tryAgain: 'Try again',
    backHome: 'Go to the home page',
  },
}

/**
 * The language of the page that failed: the chosen one (the NEXT_LOCALE cookie, src/i18n/locales.ts),
 * else the browser's first Norwegian or English one, else bokmål (the product's default).
 */
export function errorLanguage(cookie: string, browserLanguages: readonly string[]): TLanguage {
  const chosen = /(?:^|;\s*)NEXT_LOCALE=(nb|nn|en)(?:;|$)/.exec(cookie)?.[1]
  if (chosen) return chosen as TLanguage
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0]
    if (primary === 'nn') return 'nn'
    if (primary === 'nb' || primary === 'no') return 'nb'
    if (primary === 'en') return 'en'
  }
  return 'nb'
}

/** The built-in texts in the page's language; on the server (no cookie to read here) bokmål. */
export function builtInErrorTexts(language: TLanguage = 'nb'): TErrorTexts {
  return errorTextsByLanguage[language]
}
