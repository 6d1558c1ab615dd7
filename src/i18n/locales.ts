export const locales = ['nb', 'nn', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'nb'
export const localeCookie = 'NEXT_LOCALE'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
