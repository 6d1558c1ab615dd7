import { createTranslator } from 'next-intl'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import en from '../../../messages/en.json'
import nb from '../../../messages/nb.json'
import nn from '../../../messages/nn.json'
import { OSLO } from '@/lib/oslo-time'

const catalogues: Record<Locale, typeof nb> = { nb, nn, en }

/**
 * A translator for email in the recipient's language (User.locale; bokmål when unknown). Not
 * bound to a request, unlike getTranslations: the language is the recipient's, not the sender's
 * cookie, and the text must not depend on where it is rendered.
 */
export function emailTranslator(locale: string | null | undefined) {
  const chosen = isLocale(locale) ? locale : defaultLocale
  return createTranslator({ locale: chosen, messages: catalogues[chosen], timeZone: OSLO })
}
