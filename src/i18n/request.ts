import { cookies } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { defaultLocale, isLocale, localeCookie } from './locales'
import { OSLO } from '@/lib/oslo-time'

// Note: the language lives in a cookie, not in the URL (docs/decisions/004-languages.md):
// links stay the same in bokmål, nynorsk and English.
export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(localeCookie)?.value
  const locale = isLocale(fromCookie) ? fromCookie : defaultLocale
  return {
    locale,
    messages: ((await import(`../../messages/${locale}.json`)) as { default: Record<string, unknown> }).default,
    timeZone: OSLO,
  }
})
