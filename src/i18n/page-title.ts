import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

/**
 * A page's `generateMetadata` that titles it from one message, in the person's language:
 * `export const generateMetadata = pageTitle('Needs', 'reportsTitle')`.
 */
export function pageTitle(namespace: string, key: string) {
  return async (): Promise<Metadata> => {
    const t = await getTranslations(namespace)
    return { title: t(key) }
  }
}
